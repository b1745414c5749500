-- V004: indexes for the statistics (docs/decisions/0019). The figures count events by their own dates; these are
-- the dates the earlier indexes did not cover, so a year of a large register is counted without a table scan.
CREATE INDEX visit_petition_by_concluded ON visit(concluded_on)
    WHERE deleted_at IS NULL AND category = 'PETITION' AND concluded_on IS NOT NULL;
CREATE INDEX lead_by_triaged ON lead(triaged_on)
    WHERE deleted_at IS NULL AND triaged_on IS NOT NULL;
CREATE INDEX matter_by_concluded ON matter(concluded_on)
    WHERE deleted_at IS NULL AND concluded_on IS NOT NULL;
CREATE INDEX recommendation_by_issued ON recommendation(issued_on)
    WHERE deleted_at IS NULL AND issued_on IS NOT NULL;
