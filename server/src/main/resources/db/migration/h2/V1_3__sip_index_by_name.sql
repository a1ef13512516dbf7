-- H2 plans an OU or name-prefix selection with that column's index and then sorts every match
-- for each page, which makes paging through a large selection quadratic. Listings therefore
-- tell H2 to walk the SIP-address index in order (USE INDEX), and that index needs a stable
-- name: the unique constraint becomes a unique index of the same name.
ALTER TABLE users DROP CONSTRAINT users_sip_unique;
CREATE UNIQUE INDEX users_sip_unique ON users (sip_key);
