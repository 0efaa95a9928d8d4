-- The supervisor's home page and the HTCDS export's row count at 1,000,000 cases (issue 13, docs/performance.md
-- "Dashboards, statistics and exports at 1,000,000 cases", second pass). Written once for H2 2.x and PostgreSQL 15+.

-- The referrals a country sent that wait for an answer (SENT), and the overdue ones among them, are one grouped count
-- (JpaReferralRepository.countByStatus): with the status before the id this is a range of the index (8,000 entries
-- for Jamaica, 2.4 ms) where referral_country_live_ix made it read every referral of the country (170,000, 25 ms).
-- The id last, as EclipseLink counts count(id).
create index referral_country_status_ix on referral (sending_country, status, voided, response_due, id);

-- The export's count joins each case's victims to know which are not voided; with the id and the flag in one index
-- that is an index-only read (0.3-0.5 s for 100,000 cases of 1,000,000) instead of one table row per victim
-- (0.5-1.2 s).
create index victim_live_ix on victim (id, voided);
