-- Home pages (issue 13): users' saved case searches, and the indexes the dashboards' counts need.
-- Written once for H2 2.x and PostgreSQL 15+.

create sequence saved_search_seq start with 50 increment by 50;

-- A saved search holds the case list's filters as its address parameters; only its owner reads it. A
-- preference, not a record: deleting one removes the row.
create table saved_search (
    id         bigint        not null primary key,
    user_id    bigint        not null,
    name       varchar(100)  not null,
    filters    varchar(1000) not null,
    version    bigint        not null,
    created_by varchar(64)   not null,
    created_at timestamp(6) with time zone not null,
    changed_by varchar(64),
    changed_at timestamp(6) with time zone,
    constraint saved_search_user_fk foreign key (user_id) references user_account (id)
);
-- A user's saved searches (the home page, the per-user limit and the unique-name check).
create index saved_search_user_ix on saved_search (user_id, name);

grant select, insert, update, delete on saved_search to ${appRole};

-- The supervisor's access anomalies count each user's reads of victim records over the last 9 weeks: with the
-- record type, action, country and time first, and the user and outcome in the index, the count is a range of
-- the index alone, however long the trail.
create index audit_entry_reads_ix on audit_entry (record_type, action, country_code, occurred_at, username, outcome);

-- The supervisor's closures waiting for approval, and the reviews due, within the country.
create index case_file_country_review_ix on case_file (country_id, voided, review_due, id);
