-- notification-service's own tables (issue 11): its view of elections, requests and findings, built only from
-- the events it consumes (DESIGN §3), and the notifications it owes and sent.

-- Every event applied, once: consumers are idempotent on the event id (DESIGN §3).
CREATE TABLE processed_event (
    event_id      uuid         PRIMARY KEY,
    type          varchar(100) NOT NULL,
    election_id   uuid         NOT NULL,
    processed_at  timestamptz  NOT NULL
);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);

-- notification.sent goes out through the transactional outbox, committed with the row that says it was sent.
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

-- An election: its police area chooses the recipients.
CREATE TABLE election (
    id           uuid PRIMARY KEY,
    police_area  varchar(120) NOT NULL,
    nation       varchar(40),
    poll_date    date
);

-- A day the SPOC added to the holiday table (CAL-2): it moves FOI due dates and reminders (INT-3).
CREATE TABLE calendar_day (
    date   date        NOT NULL,
    scope  varchar(40) NOT NULL,
    title  varchar(200),
    PRIMARY KEY (date, scope)
);

-- A request as far as notifications need it: no request text, no candidate details.
CREATE TABLE tracked_request (
    id            uuid PRIMARY KEY,
    election_id   uuid         NOT NULL,
    candidate_id  uuid,
    kind          varchar(30)  NOT NULL,
    channel       varchar(30),
    title         varchar(300),
    received_at   timestamptz,
    foi_due_date  date,
    answered_at   timestamptz
);
CREATE INDEX tracked_request_open_foi ON tracked_request (foi_due_date) WHERE answered_at IS NULL;

-- A finding (EQ-1..4) and where it stands.
CREATE TABLE tracked_finding (
    id           uuid PRIMARY KEY,
    election_id  uuid         NOT NULL,
    rule         varchar(20),
    description  text,
    owed_count   integer      NOT NULL,
    due_by       timestamptz,
    status       varchar(20)  NOT NULL
);

-- What is owed and what was sent: at most one notification per subject (request or finding) and reason, written
-- in the transaction that records the event (or the deadline check) that calls for it; the sender delivers it
-- with back-off while SMTP is away.
CREATE TABLE notification (
    id                uuid PRIMARY KEY,
    election_id       uuid          NOT NULL,
    subject_id        uuid          NOT NULL,
    candidate_id      uuid,
    reason            varchar(40)   NOT NULL,
    recipient_roles   varchar(200)  NOT NULL,
    kind              varchar(30),
    title             varchar(300),
    due_date          date,
    due_by            timestamptz,
    working_days_left integer,
    detail            text,
    status            varchar(20)   NOT NULL,
    attempts          integer       NOT NULL,
    next_attempt_at   timestamptz   NOT NULL,
    last_error        text,
    recipients        text,
    mail_subject      varchar(400),
    created_at        timestamptz   NOT NULL,
    sent_at           timestamptz,
    CONSTRAINT notification_once_per_reason UNIQUE (subject_id, reason)
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_election ON notification (election_id, created_at);
