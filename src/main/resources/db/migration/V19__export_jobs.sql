-- Background export jobs (issue 13): an HTCDS CSV of a country's cases, a k-anonymous data set, and other
-- kinds later. The job row says where the export is; its file is stored in export_file in one insert when
-- the job is DONE (never half a file) and removed after 24 hours (the job then EXPIRED). Only its owner
-- sees a job. Written once for H2 2.x and PostgreSQL 15+.

create sequence export_job_seq start with 50 increment by 50;

create table export_job (
    id             bigint       not null primary key,
    kind           varchar(30)  not null,
    format         varchar(10)  not null,
    owner_id       bigint       not null,
    owner_country  varchar(2),
    filter_country varchar(2),
    filter_from    date,
    filter_to      date,
    identifying    varchar(40),
    reason         varchar(500),
    node           varchar(64)  not null,
    status         varchar(10)  not null,
    total_rows     bigint       not null,
    row_count      bigint       not null,
    file_size      bigint,
    file_sha256    varchar(64),
    ids_sha256     varchar(64),
    failure        varchar(200),
    started_at     timestamp(6) with time zone,
    finished_at    timestamp(6) with time zone,
    expires_at     timestamp(6) with time zone,
    version        bigint       not null,
    created_by     varchar(64)  not null,
    created_at     timestamp(6) with time zone not null,
    changed_by     varchar(64),
    changed_at     timestamp(6) with time zone,
    constraint export_job_owner_fk foreign key (owner_id) references user_account (id)
);
-- A user's jobs, newest first.
create index export_job_owner_ix on export_job (owner_id, id);
-- Start-up recovery (QUEUED, RUNNING) and the removal of expired files (DONE by expires_at).
create index export_job_status_ix on export_job (status, expires_at, id);
create index export_job_node_ix on export_job (node, status, id);

create table export_file (
    job_id  bigint not null primary key,
    content bytea  not null,
    constraint export_file_job_fk foreign key (job_id) references export_job (id)
);

grant select, insert, update on export_job to ${appRole};
grant select, insert, delete on export_file to ${appRole};
