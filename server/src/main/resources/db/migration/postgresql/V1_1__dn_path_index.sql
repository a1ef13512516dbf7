-- text_pattern_ops lets PostgreSQL use the index for "dn_path LIKE 'prefix%'" whatever the
-- database collation is.
CREATE INDEX users_dn_path ON users (dn_path text_pattern_ops);
