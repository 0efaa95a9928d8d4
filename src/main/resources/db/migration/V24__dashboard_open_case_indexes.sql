-- The supervisor's home page at 1,000,000 cases (issue 13, docs/performance.md "Dashboards, statistics and
-- exports at 1,000,000 cases"). Written once for H2 2.x and PostgreSQL 15+.

-- Open cases of a country by stage and risk, and the overdue reviews among them: the country's ACTIVE and
-- FOLLOW_UP cases are two ranges of this index, and the counts read the index alone (no table row), where they
-- read every open case's row before (stage and risk were in no index). The id last, as EclipseLink counts
-- count(id): without it the count reads the rows again.
create index case_file_country_open_ix on case_file (country_id, status, voided, review_due, stage, risk_rank, id);

-- Closures waiting for approval: the country's cases with a closure requested are a range of this index
-- (closure_requested_status is not null), not a read of all the country's cases.
create index case_file_country_closure_ix on case_file (country_id, closure_requested_status, status, voided, id);
