-- The request lifecycle (issue #4): received -> routed -> decided (granted, refused with a reason, or
-- redirected to a publication, INT-8) -> response drafted -> response approved.

ALTER TABLE candidate_request
    ADD COLUMN decision             varchar(20),
    ADD COLUMN decision_reason      varchar(2000),
    ADD COLUMN publication_id       uuid,
    ADD COLUMN purpose              varchar(500),
    ADD COLUMN decided_at           timestamptz,
    ADD COLUMN decided_by           varchar(200),
    ADD COLUMN response_text        varchar(20000),
    ADD COLUMN response_drafted_at  timestamptz,
    ADD COLUMN response_drafted_by  varchar(200),
    ADD COLUMN response_approved_at timestamptz,
    ADD COLUMN response_approved_by varchar(200);

-- A request is routed in the same transaction that logs it (RequestRouted goes out with RequestReceived),
-- so every request already in the register has been routed.
UPDATE candidate_request SET status = 'ROUTED' WHERE status = 'RECEIVED';
