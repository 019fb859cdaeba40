-- EQ-1: the working days an offer made to one candidate may wait before it is owed to all, set per election.
ALTER TABLE election ADD COLUMN parity_grace_days integer NOT NULL DEFAULT 2
    CONSTRAINT election_parity_grace_days_range CHECK (parity_grace_days BETWEEN 0 AND 20);
