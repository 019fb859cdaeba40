-- publication-service's own view, built only from the events it consumes (DESIGN §3).

-- Every event applied, once: consumers are idempotent on the event id (DESIGN §3).
CREATE TABLE processed_event (
    event_id      uuid         PRIMARY KEY,
    type          varchar(100) NOT NULL,
    election_id   uuid         NOT NULL,
    processed_at  timestamptz  NOT NULL
);
CREATE INDEX processed_event_election ON processed_event (election_id);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);

-- The candidate registry as the candidate events tell it: who must never be identifiable in a
-- publication (PUB-2), and the names and parties the portal lists (PUB-6).
CREATE TABLE registry_candidate (
    candidate_id    uuid PRIMARY KEY,
    election_id     uuid         NOT NULL,
    name            varchar(200) NOT NULL,
    party           varchar(200),
    agent_name      varchar(200),
    email           varchar(254),
    phone           varchar(40),
    address         varchar(500),
    postcode        varchar(10),
    social_handles  jsonb        NOT NULL DEFAULT '[]',
    status          varchar(20)  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX registry_candidate_election ON registry_candidate (election_id);
