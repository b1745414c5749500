-- V008: one- and two-character words are looked up in an index (docs/decisions/0032).
-- The trigram index (<kind>_fts) holds every run of three characters. A short word w occurs in a text either with at
-- least 3 - len(w) characters after it, and then some trigram of the text begins with w, or among the text's last two
-- characters. The second case is indexed here: each searched column's last two characters, padded with two U+0001
-- (which no text holds), go into a small trigram index of their own, <kind>_tail, kept by triggers like <kind>_fts.
-- So the records holding w are the hits of the trigrams that begin with w in either index; the <kind>_fts_terms and
-- <kind>_tail_terms tables (fts5vocab) list those trigrams. The search still tests each hit with LIKE, so what it
-- finds is exactly what a LIKE scan finds.

CREATE VIEW visit_tail_source AS SELECT id, substr(visitor_name, -2) || char(1, 1) AS visitor_name, substr(summary, -2) || char(1, 1) AS summary, substr(handling_note, -2) || char(1, 1) AS handling_note, substr(referred_to, -2) || char(1, 1) AS referred_to, substr(follow_up_result, -2) || char(1, 1) AS follow_up_result FROM visit;
CREATE VIRTUAL TABLE visit_tail USING fts5(visitor_name, summary, handling_note, referred_to, follow_up_result, content='visit_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER visit_tail_insert AFTER INSERT ON visit BEGIN
    INSERT INTO visit_tail(rowid, visitor_name, summary, handling_note, referred_to, follow_up_result) VALUES (new.id, substr(new.visitor_name, -2) || char(1, 1), substr(new.summary, -2) || char(1, 1), substr(new.handling_note, -2) || char(1, 1), substr(new.referred_to, -2) || char(1, 1), substr(new.follow_up_result, -2) || char(1, 1));
END;
CREATE TRIGGER visit_tail_delete AFTER DELETE ON visit BEGIN
    INSERT INTO visit_tail(visit_tail, rowid, visitor_name, summary, handling_note, referred_to, follow_up_result) VALUES ('delete', old.id, substr(old.visitor_name, -2) || char(1, 1), substr(old.summary, -2) || char(1, 1), substr(old.handling_note, -2) || char(1, 1), substr(old.referred_to, -2) || char(1, 1), substr(old.follow_up_result, -2) || char(1, 1));
END;
CREATE TRIGGER visit_tail_update AFTER UPDATE OF visitor_name, summary, handling_note, referred_to, follow_up_result ON visit BEGIN
    INSERT INTO visit_tail(visit_tail, rowid, visitor_name, summary, handling_note, referred_to, follow_up_result) VALUES ('delete', old.id, substr(old.visitor_name, -2) || char(1, 1), substr(old.summary, -2) || char(1, 1), substr(old.handling_note, -2) || char(1, 1), substr(old.referred_to, -2) || char(1, 1), substr(old.follow_up_result, -2) || char(1, 1));
    INSERT INTO visit_tail(rowid, visitor_name, summary, handling_note, referred_to, follow_up_result) VALUES (new.id, substr(new.visitor_name, -2) || char(1, 1), substr(new.summary, -2) || char(1, 1), substr(new.handling_note, -2) || char(1, 1), substr(new.referred_to, -2) || char(1, 1), substr(new.follow_up_result, -2) || char(1, 1));
END;
INSERT INTO visit_tail(visit_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE visit_fts_terms USING fts5vocab(visit_fts, 'row');
CREATE VIRTUAL TABLE visit_tail_terms USING fts5vocab(visit_tail, 'row');

CREATE VIEW lead_tail_source AS SELECT id, substr(description, -2) || char(1, 1) AS description, substr(reporter_name, -2) || char(1, 1) AS reporter_name, substr(town, -2) || char(1, 1) AS town, substr(village, -2) || char(1, 1) AS village, substr(grid, -2) || char(1, 1) AS grid, substr(referred_to, -2) || char(1, 1) AS referred_to, substr(triage_reason, -2) || char(1, 1) AS triage_reason, substr(feedback_note, -2) || char(1, 1) AS feedback_note FROM lead;
CREATE VIRTUAL TABLE lead_tail USING fts5(description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note, content='lead_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER lead_tail_insert AFTER INSERT ON lead BEGIN
    INSERT INTO lead_tail(rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES (new.id, substr(new.description, -2) || char(1, 1), substr(new.reporter_name, -2) || char(1, 1), substr(new.town, -2) || char(1, 1), substr(new.village, -2) || char(1, 1), substr(new.grid, -2) || char(1, 1), substr(new.referred_to, -2) || char(1, 1), substr(new.triage_reason, -2) || char(1, 1), substr(new.feedback_note, -2) || char(1, 1));
END;
CREATE TRIGGER lead_tail_delete AFTER DELETE ON lead BEGIN
    INSERT INTO lead_tail(lead_tail, rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES ('delete', old.id, substr(old.description, -2) || char(1, 1), substr(old.reporter_name, -2) || char(1, 1), substr(old.town, -2) || char(1, 1), substr(old.village, -2) || char(1, 1), substr(old.grid, -2) || char(1, 1), substr(old.referred_to, -2) || char(1, 1), substr(old.triage_reason, -2) || char(1, 1), substr(old.feedback_note, -2) || char(1, 1));
END;
CREATE TRIGGER lead_tail_update AFTER UPDATE OF description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note ON lead BEGIN
    INSERT INTO lead_tail(lead_tail, rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES ('delete', old.id, substr(old.description, -2) || char(1, 1), substr(old.reporter_name, -2) || char(1, 1), substr(old.town, -2) || char(1, 1), substr(old.village, -2) || char(1, 1), substr(old.grid, -2) || char(1, 1), substr(old.referred_to, -2) || char(1, 1), substr(old.triage_reason, -2) || char(1, 1), substr(old.feedback_note, -2) || char(1, 1));
    INSERT INTO lead_tail(rowid, description, reporter_name, town, village, grid, referred_to, triage_reason, feedback_note) VALUES (new.id, substr(new.description, -2) || char(1, 1), substr(new.reporter_name, -2) || char(1, 1), substr(new.town, -2) || char(1, 1), substr(new.village, -2) || char(1, 1), substr(new.grid, -2) || char(1, 1), substr(new.referred_to, -2) || char(1, 1), substr(new.triage_reason, -2) || char(1, 1), substr(new.feedback_note, -2) || char(1, 1));
END;
INSERT INTO lead_tail(lead_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE lead_fts_terms USING fts5vocab(lead_fts, 'row');
CREATE VIRTUAL TABLE lead_tail_terms USING fts5vocab(lead_tail, 'row');

CREATE VIEW matter_tail_source AS SELECT id, substr(name, -2) || char(1, 1) AS name, substr(office_number, -2) || char(1, 1) AS office_number, substr(unified_code, -2) || char(1, 1) AS unified_code, substr(parties, -2) || char(1, 1) AS parties, substr(summary, -2) || char(1, 1) AS summary FROM matter;
CREATE VIRTUAL TABLE matter_tail USING fts5(name, office_number, unified_code, parties, summary, content='matter_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER matter_tail_insert AFTER INSERT ON matter BEGIN
    INSERT INTO matter_tail(rowid, name, office_number, unified_code, parties, summary) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.office_number, -2) || char(1, 1), substr(new.unified_code, -2) || char(1, 1), substr(new.parties, -2) || char(1, 1), substr(new.summary, -2) || char(1, 1));
END;
CREATE TRIGGER matter_tail_delete AFTER DELETE ON matter BEGIN
    INSERT INTO matter_tail(matter_tail, rowid, name, office_number, unified_code, parties, summary) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.office_number, -2) || char(1, 1), substr(old.unified_code, -2) || char(1, 1), substr(old.parties, -2) || char(1, 1), substr(old.summary, -2) || char(1, 1));
END;
CREATE TRIGGER matter_tail_update AFTER UPDATE OF name, office_number, unified_code, parties, summary ON matter BEGIN
    INSERT INTO matter_tail(matter_tail, rowid, name, office_number, unified_code, parties, summary) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.office_number, -2) || char(1, 1), substr(old.unified_code, -2) || char(1, 1), substr(old.parties, -2) || char(1, 1), substr(old.summary, -2) || char(1, 1));
    INSERT INTO matter_tail(rowid, name, office_number, unified_code, parties, summary) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.office_number, -2) || char(1, 1), substr(new.unified_code, -2) || char(1, 1), substr(new.parties, -2) || char(1, 1), substr(new.summary, -2) || char(1, 1));
END;
INSERT INTO matter_tail(matter_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE matter_fts_terms USING fts5vocab(matter_fts, 'row');
CREATE VIRTUAL TABLE matter_tail_terms USING fts5vocab(matter_tail, 'row');

CREATE VIEW work_tail_source AS SELECT id, substr(title, -2) || char(1, 1) AS title, substr(place, -2) || char(1, 1) AS place, substr(parties, -2) || char(1, 1) AS parties, substr(mediator, -2) || char(1, 1) AS mediator, substr(outcome, -2) || char(1, 1) AS outcome, substr(applicant_name, -2) || char(1, 1) AS applicant_name, substr(topic, -2) || char(1, 1) AS topic, substr(assessment, -2) || char(1, 1) AS assessment, substr(note, -2) || char(1, 1) AS note FROM work_activity;
CREATE VIRTUAL TABLE work_tail USING fts5(title, place, parties, mediator, outcome, applicant_name, topic, assessment, note, content='work_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER work_tail_insert AFTER INSERT ON work_activity BEGIN
    INSERT INTO work_tail(rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES (new.id, substr(new.title, -2) || char(1, 1), substr(new.place, -2) || char(1, 1), substr(new.parties, -2) || char(1, 1), substr(new.mediator, -2) || char(1, 1), substr(new.outcome, -2) || char(1, 1), substr(new.applicant_name, -2) || char(1, 1), substr(new.topic, -2) || char(1, 1), substr(new.assessment, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
CREATE TRIGGER work_tail_delete AFTER DELETE ON work_activity BEGIN
    INSERT INTO work_tail(work_tail, rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES ('delete', old.id, substr(old.title, -2) || char(1, 1), substr(old.place, -2) || char(1, 1), substr(old.parties, -2) || char(1, 1), substr(old.mediator, -2) || char(1, 1), substr(old.outcome, -2) || char(1, 1), substr(old.applicant_name, -2) || char(1, 1), substr(old.topic, -2) || char(1, 1), substr(old.assessment, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
END;
CREATE TRIGGER work_tail_update AFTER UPDATE OF title, place, parties, mediator, outcome, applicant_name, topic, assessment, note ON work_activity BEGIN
    INSERT INTO work_tail(work_tail, rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES ('delete', old.id, substr(old.title, -2) || char(1, 1), substr(old.place, -2) || char(1, 1), substr(old.parties, -2) || char(1, 1), substr(old.mediator, -2) || char(1, 1), substr(old.outcome, -2) || char(1, 1), substr(old.applicant_name, -2) || char(1, 1), substr(old.topic, -2) || char(1, 1), substr(old.assessment, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
    INSERT INTO work_tail(rowid, title, place, parties, mediator, outcome, applicant_name, topic, assessment, note) VALUES (new.id, substr(new.title, -2) || char(1, 1), substr(new.place, -2) || char(1, 1), substr(new.parties, -2) || char(1, 1), substr(new.mediator, -2) || char(1, 1), substr(new.outcome, -2) || char(1, 1), substr(new.applicant_name, -2) || char(1, 1), substr(new.topic, -2) || char(1, 1), substr(new.assessment, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
INSERT INTO work_tail(work_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE work_fts_terms USING fts5vocab(work_fts, 'row');
CREATE VIRTUAL TABLE work_tail_terms USING fts5vocab(work_tail, 'row');

CREATE VIEW liaison_tail_source AS SELECT id, substr(name, -2) || char(1, 1) AS name, substr(grid, -2) || char(1, 1) AS grid, substr(note, -2) || char(1, 1) AS note FROM liaison;
CREATE VIRTUAL TABLE liaison_tail USING fts5(name, grid, note, content='liaison_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER liaison_tail_insert AFTER INSERT ON liaison BEGIN
    INSERT INTO liaison_tail(rowid, name, grid, note) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.grid, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
CREATE TRIGGER liaison_tail_delete AFTER DELETE ON liaison BEGIN
    INSERT INTO liaison_tail(liaison_tail, rowid, name, grid, note) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.grid, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
END;
CREATE TRIGGER liaison_tail_update AFTER UPDATE OF name, grid, note ON liaison BEGIN
    INSERT INTO liaison_tail(liaison_tail, rowid, name, grid, note) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.grid, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
    INSERT INTO liaison_tail(rowid, name, grid, note) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.grid, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
INSERT INTO liaison_tail(liaison_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE liaison_fts_terms USING fts5vocab(liaison_fts, 'row');
CREATE VIRTUAL TABLE liaison_tail_terms USING fts5vocab(liaison_tail, 'row');

CREATE VIEW recipient_tail_source AS SELECT id, substr(name, -2) || char(1, 1) AS name, substr(address, -2) || char(1, 1) AS address, substr(contact, -2) || char(1, 1) AS contact, substr(note, -2) || char(1, 1) AS note FROM recipient;
CREATE VIRTUAL TABLE recipient_tail USING fts5(name, address, contact, note, content='recipient_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER recipient_tail_insert AFTER INSERT ON recipient BEGIN
    INSERT INTO recipient_tail(rowid, name, address, contact, note) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.address, -2) || char(1, 1), substr(new.contact, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
CREATE TRIGGER recipient_tail_delete AFTER DELETE ON recipient BEGIN
    INSERT INTO recipient_tail(recipient_tail, rowid, name, address, contact, note) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.address, -2) || char(1, 1), substr(old.contact, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
END;
CREATE TRIGGER recipient_tail_update AFTER UPDATE OF name, address, contact, note ON recipient BEGIN
    INSERT INTO recipient_tail(recipient_tail, rowid, name, address, contact, note) VALUES ('delete', old.id, substr(old.name, -2) || char(1, 1), substr(old.address, -2) || char(1, 1), substr(old.contact, -2) || char(1, 1), substr(old.note, -2) || char(1, 1));
    INSERT INTO recipient_tail(rowid, name, address, contact, note) VALUES (new.id, substr(new.name, -2) || char(1, 1), substr(new.address, -2) || char(1, 1), substr(new.contact, -2) || char(1, 1), substr(new.note, -2) || char(1, 1));
END;
INSERT INTO recipient_tail(recipient_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE recipient_fts_terms USING fts5vocab(recipient_fts, 'row');
CREATE VIRTUAL TABLE recipient_tail_terms USING fts5vocab(recipient_tail, 'row');

CREATE VIEW recommendation_tail_source AS SELECT id, substr(title, -2) || char(1, 1) AS title, substr(number, -2) || char(1, 1) AS number, substr(problem, -2) || char(1, 1) AS problem, substr(facts, -2) || char(1, 1) AS facts, substr(violation, -2) || char(1, 1) AS violation, substr(items, -2) || char(1, 1) AS items, substr(legal_basis, -2) || char(1, 1) AS legal_basis FROM recommendation;
CREATE VIRTUAL TABLE recommendation_tail USING fts5(title, number, problem, facts, violation, items, legal_basis, content='recommendation_tail_source', content_rowid='id', tokenize='trigram');
CREATE TRIGGER recommendation_tail_insert AFTER INSERT ON recommendation BEGIN
    INSERT INTO recommendation_tail(rowid, title, number, problem, facts, violation, items, legal_basis) VALUES (new.id, substr(new.title, -2) || char(1, 1), substr(new.number, -2) || char(1, 1), substr(new.problem, -2) || char(1, 1), substr(new.facts, -2) || char(1, 1), substr(new.violation, -2) || char(1, 1), substr(new.items, -2) || char(1, 1), substr(new.legal_basis, -2) || char(1, 1));
END;
CREATE TRIGGER recommendation_tail_delete AFTER DELETE ON recommendation BEGIN
    INSERT INTO recommendation_tail(recommendation_tail, rowid, title, number, problem, facts, violation, items, legal_basis) VALUES ('delete', old.id, substr(old.title, -2) || char(1, 1), substr(old.number, -2) || char(1, 1), substr(old.problem, -2) || char(1, 1), substr(old.facts, -2) || char(1, 1), substr(old.violation, -2) || char(1, 1), substr(old.items, -2) || char(1, 1), substr(old.legal_basis, -2) || char(1, 1));
END;
CREATE TRIGGER recommendation_tail_update AFTER UPDATE OF title, number, problem, facts, violation, items, legal_basis ON recommendation BEGIN
    INSERT INTO recommendation_tail(recommendation_tail, rowid, title, number, problem, facts, violation, items, legal_basis) VALUES ('delete', old.id, substr(old.title, -2) || char(1, 1), substr(old.number, -2) || char(1, 1), substr(old.problem, -2) || char(1, 1), substr(old.facts, -2) || char(1, 1), substr(old.violation, -2) || char(1, 1), substr(old.items, -2) || char(1, 1), substr(old.legal_basis, -2) || char(1, 1));
    INSERT INTO recommendation_tail(rowid, title, number, problem, facts, violation, items, legal_basis) VALUES (new.id, substr(new.title, -2) || char(1, 1), substr(new.number, -2) || char(1, 1), substr(new.problem, -2) || char(1, 1), substr(new.facts, -2) || char(1, 1), substr(new.violation, -2) || char(1, 1), substr(new.items, -2) || char(1, 1), substr(new.legal_basis, -2) || char(1, 1));
END;
INSERT INTO recommendation_tail(recommendation_tail) VALUES ('rebuild');
CREATE VIRTUAL TABLE recommendation_fts_terms USING fts5vocab(recommendation_fts, 'row');
CREATE VIRTUAL TABLE recommendation_tail_terms USING fts5vocab(recommendation_tail, 'row');
