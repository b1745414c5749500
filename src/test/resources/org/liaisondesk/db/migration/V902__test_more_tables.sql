-- Test-only migration (RegisterCheckTest): tables whose names contain "fts" without being full-text tables.
CREATE TABLE visit_drafts (
    id          INTEGER PRIMARY KEY,
    body        TEXT NOT NULL,
    deleted_at  TEXT
);
INSERT INTO visit_drafts(body, deleted_at) VALUES ('草稿一', NULL), ('草稿二', NULL), ('已丢弃的草稿', '2024-10-12T10:30:15+08:00');
CREATE TABLE shifts (
    id    INTEGER PRIMARY KEY,
    day   TEXT NOT NULL
);
INSERT INTO shifts(day) VALUES ('2024-10-17');
