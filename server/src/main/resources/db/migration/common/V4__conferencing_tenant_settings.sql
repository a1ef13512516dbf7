-- SPEC §6: copied into a user when they are enabled for audio conferencing; changing it never
-- changes users enabled before. The tenant's conference "PIN length" is not stored here: it is the
-- generatedLength of the global conference policy, so there is one place that says it.
ALTER TABLE tenant_settings ADD COLUMN allow_pstn_only_meetings_by_default BOOLEAN DEFAULT FALSE NOT NULL;
