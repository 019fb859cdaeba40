-- The parity ledger (EQ-1..7): offers and dealings per candidate, findings and their history, and the
-- transactional outbox through which findings are announced on purdah.findings (DESIGN §3).

-- EQ-1: the working days an offer may wait before it is owed to all, set per election by the SPOC.
ALTER TABLE election ADD COLUMN parity_grace_days integer NOT NULL DEFAULT 2;

-- EQ-2: when the candidate first stood (the registration event's time), and what the report shows.
ALTER TABLE candidate ADD COLUMN registered_at timestamptz;
ALTER TABLE candidate ADD COLUMN party varchar(200);
ALTER TABLE candidate ADD COLUMN declared_on date;
ALTER TABLE candidate ADD COLUMN withdrawn_on date;

-- EQ-3 and EQ-4: how each request was decided and answered. A decision seen without its receipt keeps
-- received_at empty and is left out of the EQ-4 times.
ALTER TABLE request_seen ALTER COLUMN received_at DROP NOT NULL;
ALTER TABLE request_seen ADD COLUMN purpose varchar(500);
ALTER TABLE request_seen ADD COLUMN purpose_key varchar(500);
ALTER TABLE request_seen ADD COLUMN decision varchar(20);
ALTER TABLE request_seen ADD COLUMN decided_at timestamptz;
ALTER TABLE request_seen ADD COLUMN responded_at timestamptz;
CREATE INDEX request_seen_purpose ON request_seen (election_id, kind, purpose_key);

-- CAL-2: days the SPOC added to the holiday table at run time (for every election).
CREATE TABLE calendar_day (
    date   date         NOT NULL,
    scope  varchar(40)  NOT NULL,
    title  varchar(200) NOT NULL,
    PRIMARY KEY (date, scope)
);

-- EQ-1, EQ-7: what each candidate has had, one row per offer (or per dealing that counts, source DEALING).
-- The parity line is (kind, office_holder); office_holder is '' except for meetings.
CREATE TABLE offer (
    offer_id       uuid PRIMARY KEY,
    election_id    uuid         NOT NULL,
    candidate_id   uuid         NOT NULL,
    kind           varchar(30)  NOT NULL,
    office_holder  varchar(120) NOT NULL,
    source         varchar(10)  NOT NULL,
    description    varchar(2000),
    extended_at    timestamptz  NOT NULL,
    inside_purdah  boolean      NOT NULL,
    accepted_at    timestamptz,
    declined_at    timestamptz,
    held_at        timestamptz
);
CREATE INDEX offer_line ON offer (election_id, kind, office_holder);
CREATE INDEX offer_candidate ON offer (election_id, candidate_id);

-- CAND-2, EQ-5: every dealing recorded, statutory ones listed and exempt from parity.
CREATE TABLE dealing (
    dealing_id    uuid PRIMARY KEY,
    election_id   uuid         NOT NULL,
    candidate_id  uuid         NOT NULL,
    kind          varchar(40)  NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    capacity      varchar(120),
    statutory     boolean      NOT NULL,
    summary       varchar(4000),
    inside_purdah boolean      NOT NULL
);
CREATE INDEX dealing_election ON dealing (election_id, candidate_id);

-- A finding (EQ-1..4): open until an event ends it (EQ-6). Only the columns of its rule are filled.
CREATE TABLE finding (
    id                  uuid PRIMARY KEY,
    election_id         uuid          NOT NULL,
    rule                varchar(10)   NOT NULL,
    status              varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    description         varchar(2000) NOT NULL,
    opened_at           timestamptz   NOT NULL,
    -- EQ-1, EQ-2: the parity line and the grace period
    offer_kind          varchar(30),
    office_holder       varchar(120),
    grace_start         timestamptz,
    due_by              timestamptz,
    breached_at         timestamptz,
    -- EQ-3: the requests compared
    request_kind        varchar(30),
    purpose_key         varchar(500),
    -- EQ-4: the candidate answered more slowly, and the statistic
    candidate_id        uuid,
    measure             varchar(20),
    candidate_median_hours double precision,
    others_median_hours    double precision,
    sample_size         integer,
    -- EQ-6: how it ended
    resolved_at         timestamptz,
    resolution          varchar(30),
    justification       varchar(2000),
    justified_by        varchar(200)
);
CREATE INDEX finding_election ON finding (election_id, status);

-- EQ-1, EQ-2: who is owed the offer; settled by the offer (EXTENDED) or the withdrawal (WITHDRAWN), never deleted.
CREATE TABLE finding_owed (
    finding_id    uuid        NOT NULL REFERENCES finding (id),
    candidate_id  uuid        NOT NULL,
    state         varchar(10) NOT NULL CHECK (state IN ('OWED', 'EXTENDED', 'WITHDRAWN')),
    settled_at    timestamptz,
    offer_id      uuid,
    PRIMARY KEY (finding_id, candidate_id)
);
CREATE INDEX finding_owed_candidate ON finding_owed (candidate_id, state);

-- EQ-3: the requests decided differently.
CREATE TABLE finding_request (
    finding_id  uuid NOT NULL REFERENCES finding (id),
    request_id  uuid NOT NULL,
    PRIMARY KEY (finding_id, request_id)
);

-- EQ-6: what happened to a finding, in order; kept for ever.
CREATE TABLE finding_history (
    sequence    bigserial PRIMARY KEY,
    finding_id  uuid          NOT NULL REFERENCES finding (id),
    at          timestamptz   NOT NULL,
    change      varchar(30)   NOT NULL,
    note        varchar(2000)
);
CREATE INDEX finding_history_finding ON finding_history (finding_id, sequence);

-- EQ-6: a finding and its history are never deleted.
CREATE FUNCTION forbid_finding_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'EQ-6: % rows are never deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER finding_no_delete BEFORE DELETE ON finding FOR EACH ROW EXECUTE FUNCTION forbid_finding_delete();
CREATE TRIGGER finding_owed_no_delete BEFORE DELETE ON finding_owed FOR EACH ROW EXECUTE FUNCTION forbid_finding_delete();
CREATE TRIGGER finding_request_no_delete BEFORE DELETE ON finding_request FOR EACH ROW EXECUTE FUNCTION forbid_finding_delete();
CREATE TRIGGER finding_history_no_delete BEFORE DELETE ON finding_history FOR EACH ROW EXECUTE FUNCTION forbid_finding_delete();

-- The transactional outbox: a finding and its event commit together (DESIGN §3).
CREATE TABLE outbox_event (
    sequence     bigserial PRIMARY KEY,
    event_id     uuid         NOT NULL UNIQUE,
    topic        varchar(100) NOT NULL,
    event_key    varchar(100) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;
