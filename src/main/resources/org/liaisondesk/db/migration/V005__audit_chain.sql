-- V005: the audit log becomes a hash chain (docs/decisions/0026). Each row keeps the hash of the row before it and its
-- own hash over that and every column; the existing rows are chained by the Java step that runs with this script
-- (storage/AuditChain.backfill), in the same transaction, because SQLite has no SHA-256.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_by_user ON audit_log(user_name, id);
CREATE INDEX audit_by_action ON audit_log(action, id);
