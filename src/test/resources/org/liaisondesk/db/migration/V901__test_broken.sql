-- Test-only migration (MigrationsTest): its first statements work, the last one is not SQL, so the whole
-- script must be rolled back and leave no half-applied table behind.
CREATE TABLE test_half_applied (id INTEGER PRIMARY KEY);
INSERT INTO test_half_applied(id) VALUES (1);
DELETE FROM station;
THIS IS NOT SQL AT ALL;
