-- Candidates' lifecycle and flags (CAND-1..4), offers (EQ-1) and dealings (CAND-2, EQ-5, CAL-3).

-- CAND-1: declared valid by the returning officer, or withdrawn (with the reason).
-- CAND-3: what the candidate does or did for the force or the OPCC, and when they resigned.
ALTER TABLE candidate
    ADD COLUMN employment        varchar(20)   NOT NULL DEFAULT 'NONE',
    ADD COLUMN resigned_on       date,
    ADD COLUMN declared_on       date,
    ADD COLUMN withdrawn_on      date,
    ADD COLUMN withdrawal_reason varchar(2000),
    ADD COLUMN updated_at        timestamptz,
    ADD COLUMN updated_by        varchar(200);

-- CAND-2: at most one incumbent PCC and one incumbent deputy PCC per election (the service checks first
-- under a lock on the election and answers 409; this is the backstop).
CREATE UNIQUE INDEX candidate_one_incumbent_per_role ON candidate (election_id, incumbent_role)
    WHERE incumbent_role <> 'NONE';

-- EQ-1: an offer extended to one candidate (briefing, visit, meeting with an office holder, information pack)
-- and its outcome: accepted, declined or held (with the notes that will be published anonymised, INT-5).
CREATE TABLE offer (
    id            uuid PRIMARY KEY,
    election_id   uuid          NOT NULL REFERENCES election (id),
    candidate_id  uuid          NOT NULL REFERENCES candidate (id),
    kind          varchar(30)   NOT NULL,
    office_holder varchar(200),
    description   varchar(2000),
    extended_at   timestamptz   NOT NULL,
    extended_by   varchar(200)  NOT NULL,
    inside_purdah boolean       NOT NULL,
    status        varchar(20)   NOT NULL,
    outcome_at    timestamptz,
    outcome_by    varchar(200),
    held_at       timestamptz,
    notes         varchar(20000),
    held_inside_purdah boolean,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX offer_election ON offer (election_id, extended_at);

-- Any contact with a candidate (000 §2.7). A dealing with the incumbent in their statutory capacity is kept
-- with statutory = true: exempt from parity (EQ-5), not from the record (CAND-2).
CREATE TABLE dealing (
    id            uuid PRIMARY KEY,
    election_id   uuid          NOT NULL REFERENCES election (id),
    candidate_id  uuid          NOT NULL REFERENCES candidate (id),
    kind          varchar(20)   NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    location      varchar(300),
    summary       varchar(5000) NOT NULL,
    capacity      varchar(20)   NOT NULL,
    statutory     boolean       NOT NULL,
    recorded_by   varchar(200)  NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    inside_purdah boolean       NOT NULL
);
CREATE INDEX dealing_election ON dealing (election_id, occurred_at);
CREATE INDEX dealing_recorded_by ON dealing (recorded_by);
