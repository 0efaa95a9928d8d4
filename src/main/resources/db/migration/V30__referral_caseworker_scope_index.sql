-- A caseworker's referral list: the referrals of the cases they may read. Every such case is of the
-- caseworker's country, and so is each of its referrals' sending country (ReferralScope), so the list asks for
-- that country's live referrals and semi-joins their cases to the case list's scope. With the case id and the
-- id (the count is count(id)) in this index, the country's referrals are read from the index alone, not from
-- the table. At 1,000,000 cases the count of cw1-jm's list (91,518 referrals of 76,872 cases), made on every
-- page, took 225-330 ms of SQL (a parallel scan of all 1.2 million referrals hash-joined with the cases in
-- scope) and now 75-99 ms; the list through REST with a token 100-130 ms, against 0.4-0.7 s before. It was the
-- load run's costliest request (docs/performance.md, "Load: the realistic mix", sixth run). Written once for H2 2.x and PostgreSQL 15+.
create index referral_country_case_ix on referral (sending_country, voided, case_id, id);
