-- The request rules (INT-1, INT-3..INT-7) kept with each request in the register.

ALTER TABLE candidate_request
    -- INT-1: where the request was routed and who was told, as decided when it was logged (who logged it counts)
    ADD COLUMN routed_to               varchar(40),
    ADD COLUMN notified                jsonb        NOT NULL DEFAULT '[]',
    -- INT-3: the 20th FOI working day after receipt, fixed when an FOI request is logged
    ADD COLUMN foi_due_date            date,
    -- INT-4: what a visit is for, as declared
    ADD COLUMN visit_purpose           varchar(30),
    -- INT-5: the office holder a meeting is with, the questions sent in advance, and the SPOC's confirmation
    -- that the notes will be published (given with the decision)
    ADD COLUMN office_holder           varchar(30),
    ADD COLUMN questions               varchar(5000),
    ADD COLUMN questions_recorded_at   timestamptz,
    ADD COLUMN questions_recorded_by   varchar(200),
    ADD COLUMN notes_will_be_published boolean,
    -- INT-6: the day a photograph or filming is planned for, and each person asked, with their answer
    ADD COLUMN planned_on              date,
    ADD COLUMN consents                jsonb        NOT NULL DEFAULT '[]';

-- Requests logged before this migration: routed to the SPOC, told as the rules then said (INT-1, INT-4).
UPDATE candidate_request SET routed_to = 'SPOC', notified = (
    SELECT coalesce(jsonb_agg(who ORDER BY position), '[]'::jsonb)
    FROM (VALUES
        (1, CASE WHEN channel = 'FORCE_INTRANET' OR kind IN ('VISIT', 'POLICE_IMAGERY')
                 THEN 'CHIEF_CONSTABLE_OFFICE' END),
        (2, CASE WHEN kind IN ('VISIT', 'POLICE_IMAGERY') THEN 'CHIEF_EXECUTIVE' END)) AS told (position, who)
    WHERE who IS NOT NULL);
ALTER TABLE candidate_request ALTER COLUMN routed_to SET NOT NULL;

-- INT-3: the register's overdue filter reads FOI requests by due date
CREATE INDEX candidate_request_foi_due ON candidate_request (foi_due_date) WHERE foi_due_date IS NOT NULL;
CREATE INDEX candidate_request_received ON candidate_request (received_at DESC, id);
