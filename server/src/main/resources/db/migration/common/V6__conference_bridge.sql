-- The conference bridge (SPEC §6): a meeting per conference ID while anyone is dialed in, and its
-- calls, waiting in the lobby or in the meeting. Every change locks the organizer's row in
-- conferencing_users first, so servers sharing the database take turns per conference.
CREATE TABLE meetings (
    conference_id  VARCHAR(7)   NOT NULL PRIMARY KEY,
    started_at     TIMESTAMP WITH TIME ZONE,
    authenticated  BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calls (
    call_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    conference_id  VARCHAR(7)   NOT NULL REFERENCES meetings (conference_id) ON DELETE CASCADE,
    caller_id      VARCHAR(200),
    state          VARCHAR(12)  NOT NULL,
    organizer      BOOLEAN      NOT NULL,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calls_state_check CHECK (state IN ('lobby', 'in-meeting'))
);
CREATE INDEX calls_conference ON calls (conference_id, joined_at);
