-- Referral lists at scale (docs/performance.md, "Referrals at 1,000,000 cases"). Written once for H2 2.x
-- and PostgreSQL 15+.

-- Every referral list is newest first (id descending) and continues below the last id shown. V8's
-- indexes lead with the status and the response-due time, so a list ordered by id had to read and sort
-- all of a partner's or a country's referrals before its first page. With the scope's equality columns
-- first, then voided and id, a page is a backward walk that stops after its rows, at any depth; the
-- status and the response-due time at the end let the list's filters (not a draft; SENT and past its
-- due time) and the count be answered from the index without reading the table.

-- A partner's inbox: the referrals addressed to its agency, not drafts.
create index referral_inbox_live_ix on referral (recipient_agency_id, voided, id, status, response_due);

-- A supervisor's list of the referrals sent from their country, and its overdue filter.
create index referral_country_live_ix on referral (sending_country, voided, id, status, response_due);
