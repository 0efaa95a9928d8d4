-- The caseworker's case list (docs/performance.md, "The caseworker's scope"). Written once for H2 2.x
-- and PostgreSQL 15+.

-- A caseworker sees the live cases of their country that their agency owns, that are assigned to them
-- or whose team they are on. With all of these columns in one index the whole scope is checked inside
-- the index: the count reads the country's index entries and never the table (at 1,000,000 cases a
-- tenth of the time of reading the table), and the list stops at its page as the supervisor's does.
-- The id is there for the team check, which looks it up among the caseworker's team rows.
create index case_file_caseworker_scope_ix on case_file (country_id, voided, owning_agency_id, assigned_to_id, id);
