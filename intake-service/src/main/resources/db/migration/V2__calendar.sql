-- The calendar (CAL-1, CAL-2).

-- CAL-1: the statutory timetable computed when an election is scheduled. Elections scheduled before
-- this migration have none (NULL) until they are scheduled again.
ALTER TABLE election
    ADD COLUMN notice_of_election_by date,
    ADD COLUMN nominations_close     timestamptz;

-- CAL-2: days the SPOC adds to the GOV.UK bank-holiday list shipped with the service: a bank holiday in
-- a division, or a day appointed for public thanksgiving or mourning (election timetable only).
CREATE TABLE calendar_holiday (
    id            uuid PRIMARY KEY,
    holiday_date  date         NOT NULL,
    title         varchar(200) NOT NULL,
    scope         varchar(40)  NOT NULL,
    added_by      varchar(200) NOT NULL,
    added_at      timestamptz  NOT NULL,
    CONSTRAINT calendar_holiday_once UNIQUE (holiday_date, scope)
);
