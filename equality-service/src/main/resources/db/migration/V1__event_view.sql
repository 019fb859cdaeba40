-- equality-service's own view of the suite, built only from the events it consumes (DESIGN §3).
-- No foreign keys between the view's tables: elections, candidates and requests arrive on
-- different topics, so a candidate or a request may be seen before its election.

-- Every event applied, once: consumers are idempotent on the event id (DESIGN §3).
CREATE TABLE processed_event (
    event_id      uuid         PRIMARY KEY,
    type          varchar(100) NOT NULL,
    election_id   uuid         NOT NULL,
    processed_at  timestamptz  NOT NULL
);
CREATE INDEX processed_event_election ON processed_event (election_id);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);

-- An election and the dates parity needs (CAL-1, CAL-3).
CREATE TABLE election (
    id            uuid PRIMARY KEY,
    police_area   varchar(120) NOT NULL,
    poll_date     date         NOT NULL,
    purdah_start  date         NOT NULL
);

-- Who stands: every candidate not withdrawn is owed every offer (CAND-1, CAND-2, EQ-1, EQ-5).
CREATE TABLE candidate (
    id              uuid PRIMARY KEY,
    election_id     uuid         NOT NULL,
    name            varchar(200) NOT NULL,
    status          varchar(20)  NOT NULL,
    incumbent_role  varchar(20)  NOT NULL
);
CREATE INDEX candidate_election ON candidate (election_id);

-- Each candidate request seen, once per request (EQ-3, EQ-4 build on it).
CREATE TABLE request_seen (
    request_id    uuid PRIMARY KEY,
    election_id   uuid         NOT NULL,
    candidate_id  uuid         NOT NULL,
    kind          varchar(30)  NOT NULL,
    received_at   timestamptz  NOT NULL,
    inside_purdah boolean      NOT NULL
);
CREATE INDEX request_seen_election ON request_seen (election_id, candidate_id);
