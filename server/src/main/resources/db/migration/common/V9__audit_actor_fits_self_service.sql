-- A user acting on the self-service pages is recorded as "self:" + their SIP address, which may
-- have 256 characters; the actor column had room for an account name only. Widening a VARCHAR
-- changes no stored value, so the hash chain stays intact.
ALTER TABLE audit_log ALTER COLUMN actor SET DATA TYPE VARCHAR(300);
