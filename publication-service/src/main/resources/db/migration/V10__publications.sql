-- PUB-1, PUB-3..7: what is published, how it was reviewed, and the inputs it came from.

-- Transactional outbox (service-support outbox/): a row is written in the same transaction as the change it
-- announces, and relayed to Kafka in sequence order; published_at marks what the broker has acknowledged.
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

-- CAND-2 / PUB-5: which candidate is the incumbent PCC or deputy PCC.
ALTER TABLE registry_candidate ADD COLUMN incumbent_role varchar(20) NOT NULL DEFAULT 'NONE';

-- The election calendar as the election events tell it: the purdah window of PUB-5 (CAL-3) and the portal's heading.
CREATE TABLE election (
    election_id   uuid PRIMARY KEY,
    police_area   varchar(200),
    poll_date     date,
    purdah_start  date,
    updated_at    timestamptz NOT NULL
);

-- A request as it was received: its subject (the title of its publication) and the day only (PUB-4:
-- the minute it arrived is never kept here, let alone shown).
CREATE TABLE request_seen (
    request_id    uuid PRIMARY KEY,
    election_id   uuid NOT NULL,
    subject       varchar(500),
    received_on   date
);

-- An offer as it was extended: what the notes of the engagement that follows were about.
CREATE TABLE offer_seen (
    offer_id       uuid PRIMARY KEY,
    election_id    uuid NOT NULL,
    kind           varchar(30) NOT NULL,
    office_holder  varchar(200)
);

-- PUB-1..7: one item of the portal, from its queueing for review to its release or withdrawal.
CREATE TABLE publication (
    publication_id      uuid PRIMARY KEY,
    election_id         uuid         NOT NULL,
    kind                varchar(30)  NOT NULL,
    source_id           uuid         NOT NULL,
    status              varchar(20)  NOT NULL,
    title               varchar(500) NOT NULL,
    -- as anonymised when queued (PUB-2)
    queued_title        varchar(500) NOT NULL,
    queued_request_text text,
    queued_text         text         NOT NULL,
    -- as approved (edited texts anonymised again); the difference to the queued text is kept (PUB-3)
    request_text        text,
    text                text         NOT NULL,
    edit_diff           text,
    removed             jsonb        NOT NULL DEFAULT '{}',
    content_hash        varchar(64)  NOT NULL,
    dealing_inside_purdah boolean    NOT NULL DEFAULT false,
    -- PUB-5
    held                boolean      NOT NULL DEFAULT false,
    hold_reasons        jsonb        NOT NULL DEFAULT '[]',
    factual_check_override varchar(2000),
    queued_on           date         NOT NULL,
    queued_at           timestamptz  NOT NULL,
    -- PUB-3
    reviewed_by         varchar(200),
    reviewed_at         timestamptz,
    return_reason       varchar(2000),
    -- PUB-4: days only in anything public
    release_on          date,
    published_on        date,
    -- PUB-7
    withdrawn_on        date,
    withdrawal_reason   varchar(2000),
    version             integer      NOT NULL DEFAULT 0
);
CREATE INDEX publication_status ON publication (status);
CREATE INDEX publication_election ON publication (election_id, status);
CREATE INDEX publication_briefing ON publication (election_id, kind, content_hash);
