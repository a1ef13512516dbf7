-- The audit log only ever grows (see the PostgreSQL migration of the same version).
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'dev.keypad.audit.jdbc.AppendOnlyTrigger';
