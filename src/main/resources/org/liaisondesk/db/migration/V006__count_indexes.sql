-- V006: the list counts read a narrow index, not the table (docs/decisions/0029). "SELECT count(*) FROM visit
-- WHERE deleted_at IS NULL" scanned every wide row although the partial index visit_by_date holds exactly the live
-- rows: the planner counts deleted_at, which the count's WHERE names, as a column the index lacks, prices a table
-- look-up per row and prefers the table scan. Each list's date index is rebuilt with deleted_at as a trailing
-- column, so it covers the live count and date-range counts; its order (date DESC, id DESC) and the rows it holds
-- are unchanged, so the pages keep their plans. The recommendation count joins the recipient, so that index also
-- holds recipient_id.
DROP INDEX visit_by_date;
CREATE INDEX visit_by_date ON visit(visit_date DESC, id DESC, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX lead_by_received;
CREATE INDEX lead_by_received ON lead(received_on DESC, id DESC, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX matter_by_accepted;
CREATE INDEX matter_by_accepted ON matter(accepted_on DESC, id DESC, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX work_by_held;
CREATE INDEX work_by_held ON work_activity(held_on DESC, id DESC, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX recommendation_by_drafted;
CREATE INDEX recommendation_by_drafted ON recommendation(drafted_on DESC, id DESC, deleted_at, recipient_id)
    WHERE deleted_at IS NULL;
-- The count of leads not yet told of the outcome (the 未反馈 filter) likewise reads lead_not_told alone; id comes
-- second so that the index still gives the list's order (received_on, id).
DROP INDEX lead_not_told;
CREATE INDEX lead_not_told ON lead(received_on, id, deleted_at, fed_back_on, triage)
    WHERE deleted_at IS NULL AND fed_back_on IS NULL AND triage <> 'PENDING';
-- With statistics, SQLite counts recommendations by walking the recipients and searching recommendation_by_recipient
-- for each: that index also gets deleted_at, so the walk needs no row of the table either.
DROP INDEX recommendation_by_recipient;
CREATE INDEX recommendation_by_recipient ON recommendation(recipient_id, deleted_at);
-- Dropping an index drops its statistics; the Java step after this script (storage/IndexStatistics) analyses the
-- rebuilt indexes again when the register had statistics, so the planner keeps choosing as it did.
