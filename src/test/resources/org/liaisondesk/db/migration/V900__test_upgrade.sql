-- Test-only migration (MigrationsTest): a new table with a row, and a new column on an existing table.
CREATE TABLE test_upgrade_note (
    id    INTEGER PRIMARY KEY,
    body  TEXT NOT NULL
);
INSERT INTO test_upgrade_note(body) VALUES ('迁移测试');
ALTER TABLE station ADD COLUMN test_upgrade_flag INTEGER NOT NULL DEFAULT 0;
