-- Cooperation request lists at scale (docs/performance.md, "Cooperation requests at 1,000,000 cases").
-- Written once for H2 2.x and PostgreSQL 15+.

-- Every request list is newest first (id descending), continues below the last id shown, and is counted
-- on every page. V11's indexes lead with the status and the sending time and leave out voided, so at
-- 280,000 requests every count of a focal point's list read the whole table (a parallel scan, 125 ms)
-- and a page with a status filter walked the primary key past thousands of other countries' rows. With
-- the country first, then voided and id, a page is a backward walk that stops after its rows at any
-- depth; the status and both deadlines at the end answer the filters (not a draft; a status; overdue)
-- and the count from the index without reading the table.

-- The requests a country sent (outgoing), drafts included.
create index cooperation_request_outgoing_live_ix on cooperation_request
    (requesting_country, voided, id, status, acknowledge_by, answer_by);

-- The requests sent to a country (incoming); drafts are filtered in the index.
create index cooperation_request_incoming_live_ix on cooperation_request
    (requested_country, voided, id, status, acknowledge_by, answer_by);
