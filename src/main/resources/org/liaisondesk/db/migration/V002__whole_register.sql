-- V002: the rest of the register — reference lists, liaisons, recipient organisations, cases (matters),
-- leads, work done. Same conventions as V001. Every searchable table has a trigram FTS5 index kept by triggers.

-- Look-ups for duplicate warnings on the visit form: the same ID number, phone, or visitor on the same day.
CREATE INDEX visit_by_id_number   ON visit(visitor_id_number) WHERE visitor_id_number IS NOT NULL;
CREATE INDEX visit_by_phone       ON visit(visitor_phone) WHERE visitor_phone IS NOT NULL;
CREATE INDEX visit_by_visitor_day ON visit(visitor_name, visit_date) WHERE visitor_name IS NOT NULL;

-- Editable reference lists: the ten businesses (十大业务) and the liaison roles. 'list' names the list.
CREATE TABLE reference_item (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    list        TEXT NOT NULL CHECK (list IN ('BUSINESS','LIAISON_ROLE')),
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX reference_item_live_name ON reference_item(list, name) WHERE deleted_at IS NULL;

INSERT INTO reference_item(uuid, list, name, sort_order, created_at, updated_at) VALUES
    ('0b7c5a10-0001-4000-8000-000000000001','BUSINESS','普通犯罪检察',1,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000002','BUSINESS','重大犯罪检察',2,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000003','BUSINESS','职务犯罪检察',3,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000004','BUSINESS','经济犯罪检察',4,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000005','BUSINESS','刑事执行检察',5,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000006','BUSINESS','民事检察',6,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000007','BUSINESS','行政检察',7,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000008','BUSINESS','公益诉讼检察',8,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000009','BUSINESS','未成年人检察',9,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0001-4000-8000-000000000010','BUSINESS','控告申诉检察',10,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000001','LIAISON_ROLE','网格员',1,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000002','LIAISON_ROLE','检察联络员',2,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000003','LIAISON_ROLE','公益诉讼观察员',3,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000004','LIAISON_ROLE','人大代表',4,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000005','LIAISON_ROLE','政协委员',5,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000006','LIAISON_ROLE','人民监督员',6,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000007','LIAISON_ROLE','特约检察员',7,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000008','LIAISON_ROLE','听证员',8,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000009','LIAISON_ROLE','"益心为公"志愿者',9,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000010','LIAISON_ROLE','村社儿童主任',10,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000011','LIAISON_ROLE','心理咨询师',11,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000012','LIAISON_ROLE','督导员',12,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00'),
    ('0b7c5a10-0002-4000-8000-000000000013','LIAISON_ROLE','信息员',13,'2026-01-01T00:00:00+08:00','2026-01-01T00:00:00+08:00');

-- Liaisons and volunteers (名册).
CREATE TABLE liaison (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role_id       INTEGER NOT NULL REFERENCES reference_item(id),
    station_id    INTEGER REFERENCES station(id),
    grid          TEXT,
    phone         TEXT,
    appointed_on  TEXT,
    note          TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX liaison_by_name    ON liaison(name, id) WHERE deleted_at IS NULL;
CREATE INDEX liaison_by_station ON liaison(station_id);
CREATE INDEX liaison_by_role    ON liaison(role_id);
CREATE INDEX liaison_by_phone   ON liaison(phone) WHERE phone IS NOT NULL;

-- Recipient organisations of recommendations (被建议单位), with their superior authority (for 抄送 and escalation).
CREATE TABLE recipient (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    superior_id   INTEGER REFERENCES recipient(id),
    address       TEXT,
    contact       TEXT,
    phone         TEXT,
    note          TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE UNIQUE INDEX recipient_live_name ON recipient(name) WHERE deleted_at IS NULL;
CREATE INDEX recipient_by_superior ON recipient(superior_id);

-- Cases and matters (案件/事项). 'matter' because CASE is an SQL keyword.
CREATE TABLE matter (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    business_line   TEXT NOT NULL CHECK (business_line IN ('CRIMINAL','CIVIL','ADMINISTRATIVE','PUBLIC_INTEREST')),
    business_id     INTEGER REFERENCES reference_item(id),
    field           TEXT NOT NULL,
    name            TEXT NOT NULL,
    office_number   TEXT,
    unified_code    TEXT CHECK (unified_code IS NULL OR length(unified_code) = 23),
    parties         TEXT,
    involves_minor  INTEGER NOT NULL DEFAULT 0 CHECK (involves_minor IN (0,1)),
    prosecutor_id   INTEGER REFERENCES prosecutor(id),
    station_id      INTEGER REFERENCES station(id),
    accepted_on     TEXT NOT NULL,
    concluded_on    TEXT,
    status          TEXT NOT NULL CHECK (status IN ('OPEN','SUSPENDED','CONCLUDED')),
    summary         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX matter_by_accepted ON matter(accepted_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX matter_by_line     ON matter(business_line, accepted_on);
CREATE INDEX matter_by_field    ON matter(field, accepted_on);
CREATE INDEX matter_by_status   ON matter(status, accepted_on);
CREATE INDEX matter_by_prosecutor ON matter(prosecutor_id);
CREATE INDEX matter_by_station  ON matter(station_id);
CREATE UNIQUE INDEX matter_live_office_number ON matter(office_number) WHERE deleted_at IS NULL AND office_number IS NOT NULL;

-- Leads (线索).
CREATE TABLE lead (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    received_on          TEXT NOT NULL,
    source               TEXT NOT NULL,
    reporter_liaison_id  INTEGER REFERENCES liaison(id),
    reporter_name        TEXT,
    reporter_phone       TEXT,
    station_id           INTEGER REFERENCES station(id),
    prosecutor_id        INTEGER REFERENCES prosecutor(id),
    visit_id             INTEGER REFERENCES visit(id),
    town                 TEXT,
    village              TEXT,
    grid                 TEXT,
    field                TEXT NOT NULL,
    description          TEXT NOT NULL,
    rating_illegality    INTEGER CHECK (rating_illegality BETWEEN 1 AND 5),
    rating_investigability INTEGER CHECK (rating_investigability BETWEEN 1 AND 5),
    rating_value         INTEGER CHECK (rating_value BETWEEN 1 AND 5),
    stars                INTEGER CHECK (stars BETWEEN 1 AND 5),
    triage               TEXT NOT NULL DEFAULT 'PENDING',
    triaged_on           TEXT,
    referred_to          TEXT,
    triage_reason        TEXT,
    fed_back_on          TEXT,
    feedback_note        TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX lead_by_received  ON lead(received_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX lead_by_source    ON lead(source, received_on);
CREATE INDEX lead_by_triage    ON lead(triage, received_on);
CREATE INDEX lead_by_stars     ON lead(stars, received_on);
CREATE INDEX lead_by_reporter  ON lead(reporter_liaison_id);
CREATE INDEX lead_by_place     ON lead(field, town, village, received_on);
CREATE INDEX lead_not_told     ON lead(received_on) WHERE deleted_at IS NULL AND fed_back_on IS NULL AND triage <> 'PENDING';

-- Which leads and visits a case came from (a lead or visit may feed several cases).
CREATE TABLE matter_link (
    matter_id    INTEGER NOT NULL REFERENCES matter(id),
    record_kind  TEXT NOT NULL CHECK (record_kind IN ('LEAD','VISIT')),
    record_id    INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (matter_id, record_kind, record_id)
);
CREATE INDEX matter_link_by_record ON matter_link(record_kind, record_id);

-- Work done (履职活动): one table for every kind; the columns of other kinds stay NULL.
CREATE TABLE work_activity (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    kind                 TEXT NOT NULL CHECK (kind IN ('MEDIATION','JUDICIAL_AID','HEARING','PUBLICITY',
                              'COMMUNITY_SERVICE','NON_PROSECUTION_ANNOUNCEMENT','CIRCUIT_TRIAL')),
    held_on              TEXT NOT NULL,
    station_id           INTEGER REFERENCES station(id),
    prosecutor_id        INTEGER REFERENCES prosecutor(id),
    matter_id            INTEGER REFERENCES matter(id),
    title                TEXT NOT NULL,
    place                TEXT,
    parties              TEXT,
    involves_minor       INTEGER NOT NULL DEFAULT 0 CHECK (involves_minor IN (0,1)),
    mediator             TEXT,
    channel              TEXT,
    outcome              TEXT,
    resolved             INTEGER CHECK (resolved IN (0,1)),
    applicant_name       TEXT,
    applicant_id_number  TEXT,
    amount_approved_fen  INTEGER CHECK (amount_approved_fen >= 0),
    amount_paid_fen      INTEGER CHECK (amount_paid_fen >= 0),
    hearing_type         TEXT,
    topic                TEXT,
    audience_count       INTEGER CHECK (audience_count >= 0),
    hours_agreed         INTEGER CHECK (hours_agreed >= 0),
    assessment           TEXT,
    note                 TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX work_by_held    ON work_activity(held_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX work_by_kind    ON work_activity(kind, held_on);
CREATE INDEX work_by_station ON work_activity(station_id, held_on);
CREATE INDEX work_by_matter  ON work_activity(matter_id);

-- Hearing panels: roster members who sat on a public hearing.
CREATE TABLE work_panel_member (
    activity_id  INTEGER NOT NULL REFERENCES work_activity(id),
    liaison_id   INTEGER NOT NULL REFERENCES liaison(id),
    PRIMARY KEY (activity_id, liaison_id)
);
CREATE INDEX work_panel_by_liaison ON work_panel_member(liaison_id);

-- Hours of community service actually done by a lenient-plea suspect, one row per session.
CREATE TABLE community_service_log (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    activity_id  INTEGER NOT NULL REFERENCES work_activity(id),
    done_on      TEXT NOT NULL,
    hours        INTEGER NOT NULL CHECK (hours > 0 AND hours <= 24),
    note         TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX community_service_by_activity ON community_service_log(activity_id, done_on);

-- Full-text indexes (trigram), kept in step by triggers.
CREATE VIRTUAL TABLE liaison_fts USING fts5(name, grid, note, content='liaison', content_rowid='id', tokenize='trigram');
CREATE TRIGGER liaison_fts_insert AFTER INSERT ON liaison BEGIN
    INSERT INTO liaison_fts(rowid, name, grid, note) VALUES (new.id, new.name, new.grid, new.note);
END;
CREATE TRIGGER liaison_fts_delete AFTER DELETE ON liaison BEGIN
    INSERT INTO liaison_fts(liaison_fts, rowid, name, grid, note) VALUES ('delete', old.id, old.name, old.grid, old.note);
END;
CREATE TRIGGER liaison_fts_update AFTER UPDATE OF name, grid, note ON liaison BEGIN
    INSERT INTO liaison_fts(liaison_fts, rowid, name, grid, note) VALUES ('delete', old.id, old.name, old.grid, old.note);
    INSERT INTO liaison_fts(rowid, name, grid, note) VALUES (new.id, new.name, new.grid, new.note);
END;

CREATE VIRTUAL TABLE recipient_fts USING fts5(name, address, contact, note, content='recipient', content_rowid='id', tokenize='trigram');
CREATE TRIGGER recipient_fts_insert AFTER INSERT ON recipient BEGIN
    INSERT INTO recipient_fts(rowid, name, address, contact, note) VALUES (new.id, new.name, new.address, new.contact, new.note);
END;
CREATE TRIGGER recipient_fts_delete AFTER DELETE ON recipient BEGIN
    INSERT INTO recipient_fts(recipient_fts, rowid, name, address, contact, note) VALUES ('delete', old.id, old.name, old.address, old.contact, old.note);
END;
CREATE TRIGGER recipient_fts_update AFTER UPDATE OF name, address, contact, note ON recipient BEGIN
    INSERT INTO recipient_fts(recipient_fts, rowid, name, address, contact, note) VALUES ('delete', old.id, old.name, old.address, old.contact, old.note);
    INSERT INTO recipient_fts(rowid, name, address, contact, note) VALUES (new.id, new.name, new.address, new.contact, new.note);
END;

CREATE VIRTUAL TABLE matter_fts USING fts5(name, office_number, unified_code, parties, summary, content='matter', content_rowid='id', tokenize='trigram');
CREATE TRIGGER matter_fts_insert AFTER INSERT ON matter BEGIN
    INSERT INTO matter_fts(rowid, name, office_number, unified_code, parties, summary) VALUES (new.id, new.name, new.office_number, new.unified_code, new.parties, new.summary);
END;
CREATE TRIGGER matter_fts_delete AFTER DELETE ON matter BEGIN
    INSERT INTO matter_fts(matter_fts, rowid, name, office_number, unified_code, parties, summary) VALUES ('delete', old.id, old.name, old.office_number, old.unified_code, old.parties, old.summary);
END;
CREATE TRIGGER matter_fts_update AFTER UPDATE OF name, office_number, unified_code, parties, summary ON matter BEGIN
    INSERT INTO matter_fts(matter_fts, rowid, name, office_number, unified_code, parties, summary) VALUES ('delete', old.id, old.name, old.office_number, old.unified_code, old.parties, old.summary);
    INSERT INTO matter_fts(rowid, name, office_number, unified_code, parties, summary) VALUES (new.id, new.name, new.office_number, new.unified_code, new.parties, new.summary);
END;

CREATE VIRTUAL TABLE lead_fts USING fts5(description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note, content='lead', content_rowid='id', tokenize='trigram');
CREATE TRIGGER lead_fts_insert AFTER INSERT ON lead BEGIN
    INSERT INTO lead_fts(rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES (new.id, new.description, new.reporter_name, new.town, new.village, new.grid, new.referred_to, new.triage_reason, new.feedback_note);
END;
CREATE TRIGGER lead_fts_delete AFTER DELETE ON lead BEGIN
    INSERT INTO lead_fts(lead_fts, rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES ('delete', old.id, old.description, old.reporter_name, old.town, old.village, old.grid, old.referred_to, old.triage_reason, old.feedback_note);
END;
CREATE TRIGGER lead_fts_update AFTER UPDATE OF description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note ON lead BEGIN
    INSERT INTO lead_fts(lead_fts, rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES ('delete', old.id, old.description, old.reporter_name, old.town, old.village, old.grid, old.referred_to, old.triage_reason, old.feedback_note);
    INSERT INTO lead_fts(rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES (new.id, new.description, new.reporter_name, new.town, new.village, new.grid, new.referred_to, new.triage_reason, new.feedback_note);
END;

CREATE VIRTUAL TABLE work_fts USING fts5(title, place, parties, mediator, outcome, applicant_name, topic, assessment, note, content='work_activity', content_rowid='id', tokenize='trigram');
CREATE TRIGGER work_fts_insert AFTER INSERT ON work_activity BEGIN
    INSERT INTO work_fts(rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES (new.id, new.title, new.place, new.parties, new.mediator, new.outcome, new.applicant_name, new.topic, new.assessment, new.note);
END;
CREATE TRIGGER work_fts_delete AFTER DELETE ON work_activity BEGIN
    INSERT INTO work_fts(work_fts, rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES ('delete', old.id, old.title, old.place, old.parties, old.mediator, old.outcome, old.applicant_name, old.topic, old.assessment, old.note);
END;
CREATE TRIGGER work_fts_update AFTER UPDATE OF title, place, parties, mediator, outcome, applicant_name, topic, assessment, note ON work_activity BEGIN
    INSERT INTO work_fts(work_fts, rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES ('delete', old.id, old.title, old.place, old.parties, old.mediator, old.outcome, old.applicant_name, old.topic, old.assessment, old.note);
    INSERT INTO work_fts(rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES (new.id, new.title, new.place, new.parties, new.mediator, new.outcome, new.applicant_name, new.topic, new.assessment, new.note);
END;
