-- The HTCDS export's row count at 1,000,000 cases (issue 13, docs/performance.md "Dashboards, statistics and
-- exports at 1,000,000 cases", second pass). Written once for H2 2.x and PostgreSQL 15+.

-- The count joins each case's victims to know which are not voided; with the id and the flag in one index that is
-- an index-only read (0.3-0.5 s for 100,000 cases of 1,000,000) instead of one table row per victim (0.5-1.2 s).
create index victim_live_ix on victim (id, voided);
