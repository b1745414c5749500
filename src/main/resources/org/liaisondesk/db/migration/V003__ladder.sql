-- The recommendation ladder (两建议一报告), the problem a lead or case is about, the user's holiday edits and
-- dismissed escalation suggestions.

-- 问题类型: a short name for the problem ("占用耕地", "向未成年人售烟") so that the same problem can be found in
-- several leads and cases; the class-case suggestion groups by field and problem.
ALTER TABLE lead ADD COLUMN problem TEXT;
ALTER TABLE matter ADD COLUMN problem TEXT;
CREATE INDEX lead_by_problem ON lead(field, problem, received_on) WHERE deleted_at IS NULL AND problem IS NOT NULL;
CREATE INDEX matter_by_problem ON matter(field, problem, accepted_on) WHERE deleted_at IS NULL AND problem IS NOT NULL;

-- One recommendation or report. The columns after 'drafted_on' are derived from its events by the service
-- (LadderState) and rewritten after every event, so that lists, the desk and the suggestions filter in SQL.
CREATE TABLE recommendation (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    tier                 TEXT NOT NULL CHECK (tier IN ('INDIVIDUAL','CLASS','SPECIAL_REPORT')),
    type                 TEXT NOT NULL CHECK (type IN ('RETRIAL','CORRECTION','PUBLIC_INTEREST','SOCIAL_GOVERNANCE','OTHER')),
    business_line        TEXT NOT NULL CHECK (business_line IN ('CRIMINAL','CIVIL','ADMINISTRATIVE','PUBLIC_INTEREST')),
    field                TEXT NOT NULL,
    problem              TEXT,
    title                TEXT NOT NULL,
    recipient_id         INTEGER NOT NULL REFERENCES recipient(id),
    superior_id          INTEGER REFERENCES recipient(id),
    station_id           INTEGER REFERENCES station(id),
    prosecutor_id        INTEGER REFERENCES prosecutor(id),
    problem_source       TEXT,
    facts                TEXT,
    violation            TEXT,
    items                TEXT,           -- the numbered recommendation items, one per line
    legal_basis          TEXT,
    objection_days       INTEGER NOT NULL CHECK (objection_days BETWEEN 0 AND 90),
    urgent               INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0,1)),
    drafted_on           TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'DRAFT',
    number               TEXT,
    issued_on            TEXT,
    served_on            TEXT,
    reply_due_on         TEXT,
    replied_on           TEXT,
    reply_outcome        TEXT,
    rectification        TEXT,
    return_visit_due_on  TEXT,
    cause_above_recipient INTEGER NOT NULL DEFAULT 0 CHECK (cause_above_recipient IN (0,1)),
    filed_on             TEXT,
    last_event_on        TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX recommendation_by_drafted ON recommendation(drafted_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX recommendation_by_status ON recommendation(status, reply_due_on) WHERE deleted_at IS NULL;
CREATE INDEX recommendation_by_due ON recommendation(reply_due_on) WHERE deleted_at IS NULL AND replied_on IS NULL;
CREATE INDEX recommendation_by_recipient ON recommendation(recipient_id);
CREATE INDEX recommendation_by_field ON recommendation(field, problem);

-- Copies (抄送) to other organisations, in the order given.
CREATE TABLE recommendation_copy (
    recommendation_id    INTEGER NOT NULL REFERENCES recommendation(id),
    recipient_id         INTEGER NOT NULL REFERENCES recipient(id),
    position             INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, recipient_id)
);
CREATE INDEX recommendation_copy_by_recipient ON recommendation_copy(recipient_id);

-- The cases and leads a recommendation is about.
CREATE TABLE recommendation_link (
    recommendation_id    INTEGER NOT NULL REFERENCES recommendation(id),
    record_kind          TEXT NOT NULL CHECK (record_kind IN ('MATTER','LEAD')),
    record_id            INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, record_kind, record_id)
);
CREATE INDEX recommendation_link_by_record ON recommendation_link(record_kind, record_id);

-- The ladder: 'later' escalates from 'earlier' for a reason.
CREATE TABLE recommendation_escalation (
    later_id             INTEGER NOT NULL REFERENCES recommendation(id),
    earlier_id           INTEGER NOT NULL REFERENCES recommendation(id),
    reason               TEXT NOT NULL CHECK (reason IN ('NOT_REPLIED','NOT_ADOPTED','NOT_RECTIFIED',
                             'OBJECTION_REJECTED','CAUSE_ABOVE_RECIPIENT')),
    PRIMARY KEY (later_id, earlier_id),
    CHECK (later_id <> earlier_id)
);
CREATE INDEX recommendation_escalation_by_earlier ON recommendation_escalation(earlier_id);

-- What happened to a recommendation, in order. Only the last event may be taken back (never ISSUED).
CREATE TABLE recommendation_event (
    id                   INTEGER PRIMARY KEY,
    recommendation_id    INTEGER NOT NULL REFERENCES recommendation(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('APPROVED','ISSUED','SERVED','REPLIED','OBJECTION_RAISED',
                             'OBJECTION_REVIEWED','RETURN_VISIT','RECTIFICATION_VERIFIED','FILED','CLOSED',
                             'ESCALATED','LAWSUIT_FILED','WITHDRAWN')),
    happened_on          TEXT NOT NULL,
    approver_kind        TEXT CHECK (approver_kind IN ('CHIEF','COMMITTEE')),
    person               TEXT,
    service_method       TEXT CHECK (service_method IN ('WRITTEN','ANNOUNCED')),
    reply_outcome        TEXT CHECK (reply_outcome IN ('ADOPTED','PARTLY','NOT_ADOPTED')),
    review_result        TEXT CHECK (review_result IN ('AMEND','WITHDRAW','REJECTED')),
    visit_method         TEXT,
    rectification        TEXT CHECK (rectification IN ('DONE','PARTIAL','NONE')),
    sector_wide          INTEGER CHECK (sector_wide IN (0,1)),
    long_term_mechanism  INTEGER CHECK (long_term_mechanism IN (0,1)),
    cause_above_recipient INTEGER CHECK (cause_above_recipient IN (0,1)),
    related_id           INTEGER REFERENCES recommendation(id),
    text                 TEXT,
    recorded_at          TEXT NOT NULL
);
CREATE INDEX recommendation_event_by_recommendation ON recommendation_event(recommendation_id, id);

-- The issue register (发文登记): every number ever given. A number is never given twice, even when its
-- recommendation is withdrawn or deleted; 'scope' is the number with its serial left out, so two document
-- types that share a pattern share their serials.
CREATE TABLE document_number (
    id                   INTEGER PRIMARY KEY,
    number               TEXT NOT NULL UNIQUE,
    scope                TEXT NOT NULL,
    year                 INTEGER NOT NULL,
    serial               INTEGER NOT NULL CHECK (serial > 0),
    recommendation_id    INTEGER NOT NULL REFERENCES recommendation(id),
    issued_on            TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    UNIQUE (scope, year, serial)
);
CREATE INDEX document_number_by_year ON document_number(year, issued_on);

-- An escalation suggestion the user dismissed, with the evidence it had: it does not come back for the
-- same evidence (evidence_key lists the records, sorted).
CREATE TABLE suggestion_dismissal (
    rule                 TEXT NOT NULL,
    evidence_key         TEXT NOT NULL,
    reason               TEXT NOT NULL,
    dismissed_on         TEXT NOT NULL,
    user_name            TEXT,
    PRIMARY KEY (rule, evidence_key)
);

-- The user's changes to the bundled holiday calendar: an added holiday or make-up working day, or NORMAL to
-- take a bundled entry away.
CREATE TABLE holiday_edit (
    day                  TEXT PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('HOLIDAY','WORKDAY','NORMAL')),
    name                 TEXT,
    updated_at           TEXT NOT NULL
);

CREATE VIRTUAL TABLE recommendation_fts USING fts5(title, number, problem, facts, violation, items, legal_basis, content='recommendation', content_rowid='id', tokenize='trigram');
CREATE TRIGGER recommendation_fts_insert AFTER INSERT ON recommendation BEGIN
    INSERT INTO recommendation_fts(rowid, title, number, problem, facts, violation, items, legal_basis) VALUES (new.id, new.title, new.number, new.problem, new.facts, new.violation, new.items, new.legal_basis);
END;
CREATE TRIGGER recommendation_fts_delete AFTER DELETE ON recommendation BEGIN
    INSERT INTO recommendation_fts(recommendation_fts, rowid, title, number, problem, facts, violation, items, legal_basis) VALUES ('delete', old.id, old.title, old.number, old.problem, old.facts, old.violation, old.items, old.legal_basis);
END;
CREATE TRIGGER recommendation_fts_update AFTER UPDATE OF title, number, problem, facts, violation, items, legal_basis ON recommendation BEGIN
    INSERT INTO recommendation_fts(recommendation_fts, rowid, title, number, problem, facts, violation, items, legal_basis) VALUES ('delete', old.id, old.title, old.number, old.problem, old.facts, old.violation, old.items, old.legal_basis);
    INSERT INTO recommendation_fts(rowid, title, number, problem, facts, violation, items, legal_basis) VALUES (new.id, new.title, new.number, new.problem, new.facts, new.violation, new.items, new.legal_basis);
END;
