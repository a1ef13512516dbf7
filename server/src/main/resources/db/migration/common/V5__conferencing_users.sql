-- Users enabled for audio conferencing (SPEC §6): a row per enabled user. The conference ID is 7
-- digits and unique; disabling deletes the row, so the ID stops working at once. The leader PIN
-- is the user's `conference` PIN in `pins`.
CREATE TABLE conferencing_users (
    user_id                  BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    conference_id            VARCHAR(7)   NOT NULL,
    allow_pstn_only_meetings BOOLEAN      NOT NULL,
    enabled_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conferencing_users_id_unique UNIQUE (conference_id)
);
