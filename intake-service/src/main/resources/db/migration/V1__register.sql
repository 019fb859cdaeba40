-- The single register (INT-1): elections, candidates, candidate requests, and the transactional outbox.

CREATE TABLE election (
    id            uuid PRIMARY KEY,
    police_area   varchar(120) NOT NULL,
    nation        varchar(20)  NOT NULL,
    poll_date     date         NOT NULL,
    purdah_start  date         NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL
);

CREATE TABLE candidate (
    id               uuid PRIMARY KEY,
    election_id      uuid         NOT NULL REFERENCES election (id),
    name             varchar(200) NOT NULL,
    party            varchar(200),
    agent_name       varchar(200),
    email            varchar(254),
    phone            varchar(40),
    address          varchar(500),
    postcode         varchar(10),
    social_handles   jsonb        NOT NULL DEFAULT '[]',
    incumbent_role   varchar(20)  NOT NULL,
    former_colleague boolean      NOT NULL,
    status           varchar(20)  NOT NULL,
    registered_at    timestamptz  NOT NULL
);
CREATE INDEX candidate_election ON candidate (election_id);

CREATE TABLE candidate_request (
    id              uuid PRIMARY KEY,
    election_id     uuid          NOT NULL REFERENCES election (id),
    candidate_id    uuid          NOT NULL REFERENCES candidate (id),
    kind            varchar(30)   NOT NULL,
    channel         varchar(30)   NOT NULL,
    subject         varchar(300)  NOT NULL,
    text            varchar(20000) NOT NULL,
    received_by     varchar(200)  NOT NULL,
    received_at     timestamptz   NOT NULL,
    inside_purdah   boolean       NOT NULL,
    status          varchar(20)   NOT NULL,
    idempotency_key varchar(200)  NOT NULL,
    fingerprint     varchar(64)   NOT NULL,
    CONSTRAINT candidate_request_idempotency UNIQUE (received_by, idempotency_key)
);
CREATE INDEX candidate_request_election ON candidate_request (election_id, status);

-- Transactional outbox: a row is written in the same transaction as the change it announces,
-- and relayed to Kafka in sequence order; published_at marks what the broker has acknowledged.
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
