-- V007: one year's statistics and the lists filtered by station read narrow indexes (docs/decisions/0030).
-- The figures and charts of a year add up a few columns of every row of that year. The date indexes of V004/V006
-- find those rows, but each row was then read from the table (visits: 450,000 wide rows at 1M) for the columns the
-- sums, the CASEs and the GROUP BY name. These partial indexes hold the date first (the period is a range on it),
-- then every column a statistics statement names, so that each statement is answered from the index alone.
-- deleted_at is a trailing column although the index holds live rows only: the planner otherwise counts it as a
-- column the index lacks and prices a table look-up per row (decision 0029). The statistics name these indexes
-- (INDEXED BY, workload/data/RecordTable and StatisticsRepository): a later version that drops or renames one of
-- them must change those statements with it.
CREATE INDEX visit_stats ON visit(visit_date, station_id, prosecutor_id, category, people_count, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX lead_stats ON lead(received_on, station_id, prosecutor_id, field, source, stars, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX matter_stats ON matter(accepted_on, station_id, prosecutor_id, business_line, field, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX work_stats ON work_activity(held_on, station_id, prosecutor_id, kind, resolved, amount_paid_fen,
    audience_count, deleted_at) WHERE deleted_at IS NULL;
-- Community service counts the hours logged in the period: by the day of the log, not through the activity's kind.
CREATE INDEX community_service_by_day ON community_service_log(done_on, activity_id, hours);
-- The leads triaged in the period: same rows and leading column as lead_by_triaged (V004), which only the
-- statistics used, so this one replaces it.
DROP INDEX lead_by_triaged;
CREATE INDEX lead_triaged_stats ON lead(triaged_on, triage, station_id, prosecutor_id, deleted_at)
    WHERE deleted_at IS NULL AND triaged_on IS NOT NULL;
-- The concluded figures keep their V004 indexes (same names, rows and leading column), with the columns a
-- station's or a prosecutor's figure names, so that a scoped figure stays on the index too.
DROP INDEX visit_petition_by_concluded;
CREATE INDEX visit_petition_by_concluded ON visit(concluded_on, station_id, prosecutor_id, category, deleted_at)
    WHERE deleted_at IS NULL AND category = 'PETITION' AND concluded_on IS NOT NULL;
DROP INDEX matter_by_concluded;
CREATE INDEX matter_by_concluded ON matter(concluded_on, station_id, prosecutor_id, deleted_at)
    WHERE deleted_at IS NULL AND concluded_on IS NOT NULL;
-- The lead and case lists filtered by one station, newest first: without these SQLite walked the whole date index
-- and skipped other stations' rows (leads), or read every row of the station and sorted them (cases). Same order
-- as the lists' date indexes (V006), under the station.
CREATE INDEX lead_by_station ON lead(station_id, received_on DESC, id DESC, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX matter_by_station_accepted ON matter(station_id, accepted_on DESC, id DESC, deleted_at)
    WHERE deleted_at IS NULL;
-- The Java step after this script (storage/IndexStatistics) analyses these indexes when the register has
-- statistics, as after V006.
