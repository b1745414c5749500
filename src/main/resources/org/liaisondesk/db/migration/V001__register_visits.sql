-- V001: the reference lists (stations, prosecutors), the visit log, its Chinese full-text index, the audit log.
-- Conventions: integer key for joins, UUID for exchange between machines; dates ISO text (2024-10-12);
-- times ISO with offset; deleted_at set = in the recycle bin.

CREATE TABLE station (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('VILLAGE','COMMUNITY','INDUSTRIAL_PARK','MOBILE','GOVERNANCE_CENTRE')),
    address     TEXT,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX station_live_name ON station(name) WHERE deleted_at IS NULL;

CREATE TABLE prosecutor (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    phone       TEXT,
    station_id  INTEGER REFERENCES station(id),
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX prosecutor_live_name ON prosecutor(name) WHERE deleted_at IS NULL;

CREATE TABLE visit (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    visit_date         TEXT NOT NULL,
    station_id         INTEGER NOT NULL REFERENCES station(id),
    prosecutor_id      INTEGER NOT NULL REFERENCES prosecutor(id),
    form               TEXT NOT NULL,
    category           TEXT NOT NULL,
    visitor_name       TEXT,
    visitor_phone      TEXT,
    visitor_id_number  TEXT,
    people_count       INTEGER NOT NULL DEFAULT 1 CHECK (people_count >= 1),
    involves_minor     INTEGER NOT NULL DEFAULT 0 CHECK (involves_minor IN (0,1)),
    summary            TEXT NOT NULL,
    handling           TEXT NOT NULL,
    handling_note      TEXT,
    referred_to        TEXT,
    follow_up_due      TEXT,
    follow_up_result   TEXT,
    notice_due         TEXT,             -- petitions: written notice of acceptance (15 days), computed
    notice_sent_on     TEXT,
    result_due         TEXT,             -- petitions: result (60 days, +30 when extended), computed
    result_extended    INTEGER NOT NULL DEFAULT 0 CHECK (result_extended IN (0,1)),
    concluded_on       TEXT,             -- 办结: the matter is closed
    next_due           TEXT,             -- the earliest deadline still open, kept by the service for due/overdue filters
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX visit_by_date       ON visit(visit_date DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX visit_by_next_due   ON visit(next_due) WHERE deleted_at IS NULL AND next_due IS NOT NULL;
CREATE INDEX visit_by_station    ON visit(station_id, visit_date);
CREATE INDEX visit_by_prosecutor ON visit(prosecutor_id, visit_date);
CREATE INDEX visit_by_deleted    ON visit(deleted_at) WHERE deleted_at IS NOT NULL;

-- Substring search over Chinese text without a word segmenter (terms of 3+ characters; shorter terms use LIKE).
CREATE VIRTUAL TABLE visit_fts USING fts5(
    visitor_name, summary, handling_note, referred_to, follow_up_result,
    content='visit', content_rowid='id', tokenize='trigram');

CREATE TRIGGER visit_fts_insert AFTER INSERT ON visit BEGIN
    INSERT INTO visit_fts(rowid, visitor_name, summary, handling_note, referred_to, follow_up_result)
    VALUES (new.id, new.visitor_name, new.summary, new.handling_note, new.referred_to, new.follow_up_result);
END;
CREATE TRIGGER visit_fts_delete AFTER DELETE ON visit BEGIN
    INSERT INTO visit_fts(visit_fts, rowid, visitor_name, summary, handling_note, referred_to, follow_up_result)
    VALUES ('delete', old.id, old.visitor_name, old.summary, old.handling_note, old.referred_to, old.follow_up_result);
END;
CREATE TRIGGER visit_fts_update AFTER UPDATE OF visitor_name, summary, handling_note, referred_to, follow_up_result ON visit BEGIN
    INSERT INTO visit_fts(visit_fts, rowid, visitor_name, summary, handling_note, referred_to, follow_up_result)
    VALUES ('delete', old.id, old.visitor_name, old.summary, old.handling_note, old.referred_to, old.follow_up_result);
    INSERT INTO visit_fts(rowid, visitor_name, summary, handling_note, referred_to, follow_up_result)
    VALUES (new.id, new.visitor_name, new.summary, new.handling_note, new.referred_to, new.follow_up_result);
END;

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    entity_uuid  TEXT,
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX audit_by_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_by_time   ON audit_log(at);
