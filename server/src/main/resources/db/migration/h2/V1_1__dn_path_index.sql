CREATE INDEX users_dn_path ON users (dn_path);
