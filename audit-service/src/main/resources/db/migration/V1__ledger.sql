-- The audit ledger (AUD-1): every event of every purdah.* topic, once, in the order it was kept.
-- An entry is either an event (event holds the CloudEvent JSON as received) or a dead letter
-- (raw holds the message text as received, with the reason it could not be read).

CREATE TABLE ledger_entry (
    sequence           bigserial   PRIMARY KEY,
    event_id           uuid        NOT NULL UNIQUE,
    kind               text        NOT NULL,
    topic              text        NOT NULL,
    kafka_partition    integer     NOT NULL,
    kafka_offset       bigint      NOT NULL,
    type               text,
    source             text,
    election_id        uuid,
    candidate_id       uuid,
    actor              text,
    subject            text,
    event_time         timestamptz NOT NULL,
    received_at        timestamptz NOT NULL,
    inside_purdah      boolean     NOT NULL,
    event              jsonb,
    raw                text,
    dead_letter_reason text,
    CONSTRAINT ledger_entry_has_content CHECK (event IS NOT NULL OR raw IS NOT NULL)
);

-- AUD-4: queries by election, candidate, staff member, kind and period, in ledger order.
CREATE INDEX ledger_entry_election  ON ledger_entry (election_id, sequence);
CREATE INDEX ledger_entry_candidate ON ledger_entry (candidate_id, sequence) WHERE candidate_id IS NOT NULL;
CREATE INDEX ledger_entry_actor     ON ledger_entry (actor, sequence) WHERE actor IS NOT NULL;
CREATE INDEX ledger_entry_time      ON ledger_entry (event_time);
