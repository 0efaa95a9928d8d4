-- Case list indexes found missing by the benchmark at 100,000 and 1,000,000 generated cases
-- (docs/performance.md). Written once for H2 2.x and PostgreSQL 15+.

-- A supervisor's count and list by identification date: with "voided" in the index the count is
-- answered from the index alone (1,000,000 cases: 250 ms as a full table scan, 23 ms from this
-- index), and the list still reads only the rows of its page. Replaces the V5 index without voided.
create index case_file_country_live_ident_ix on case_file (country_id, voided, identification_date, id);
drop index case_file_country_ident_ix;

-- A supervisor's list sorted by case number: without it the database walks the unique number index
-- of all countries backwards and discards the other countries' cases (22,580 rows for one page of
-- Jamaica at 100,000 cases). Numbers start with the country code, but the database cannot know that.
create index case_file_country_number_ix on case_file (country_id, case_number, id);
