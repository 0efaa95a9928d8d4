-- Regional statistics kept ahead of the question (issue 13 item 6; docs/performance.md "Regional statistics
-- from kept counts"). A refresh (StatisticsRefresh, once in a cluster every casebridge.statistics.refresh-minutes,
-- and at the start when there is none) counts every case, victim, referral and cooperation request once and
-- writes the counts of a new generation in one transaction: its statistics_snapshot row and its cells commit
-- together, so a question sees a whole generation or none. A question reads the newest snapshot and sums its
-- cells under the scope; the generation before it is kept until the next refresh, so a question that started on
-- it finishes on it. Written once for H2 2.x and PostgreSQL 15+.

create table statistics_snapshot (
    generation  bigint       not null primary key,
    taken_at    timestamp(6) with time zone not null,
    -- the participating countries' codes when counted (comma-separated): the categories the cells were split by
    countries   varchar(2000) not null
);

-- One count per combination of categories. dims names the dimensions of a and b ('' for none,
-- 'gender', 'gender,control', ...): the cells of one generation and subject hold every such grouping the
-- statistics page can ask, each with the owning agency, the country (raw code) and the year of the record.
-- a and b hold a raw code for a single-valued dimension and a category (split and mapped) for a
-- multi-valued one; null where the live count has null.
create table statistics_cell (
    generation bigint       not null,
    subject    varchar(16)  not null,
    dims       varchar(64)  not null,
    agency_id  bigint,
    country    varchar(16),
    yr         integer,
    a          varchar(64),
    b          varchar(64),
    n          bigint       not null
);

create index statistics_cell_ix on statistics_cell (generation, subject, dims, country, agency_id);

insert into run_lease (name, held_until, runs) values ('statistics-refresh', timestamp with time zone '2000-01-01 00:00:00+00', 0);

grant select, insert, delete on statistics_snapshot to ${appRole};
grant select, insert, delete on statistics_cell to ${appRole};
