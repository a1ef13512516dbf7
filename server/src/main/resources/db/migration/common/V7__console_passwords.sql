-- Console sign-in (ADR 0012). An account may have a password for the web console, stored as an
-- Argon2id hash in Spring Security's encoded form; NULL means the account signs in with an API
-- token only. Failed sign-ins are counted per account, so guessing is slowed on every server
-- sharing the database.
ALTER TABLE accounts ADD COLUMN password_hash VARCHAR(256);
ALTER TABLE accounts ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE accounts ADD COLUMN failed_sign_ins INT DEFAULT 0 NOT NULL;
ALTER TABLE accounts ADD COLUMN sign_in_blocked_until TIMESTAMP WITH TIME ZONE;
