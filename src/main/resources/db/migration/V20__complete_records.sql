-- Complete records (issue 11, item 11). Events, support plans and perpetrators are edited and voided with
-- a reason, by whom and when (never deleted); a support plan knows the day it started, so that its actual
-- end is never before it; the case has a free-text account of what happened, as long as a note. Documents
-- (consent forms, identity documents, photos, reports) belong to a case or to a victim; their bytes live
-- in a table of their own so that a list never loads them. Written once for H2 2.x and PostgreSQL 15+.

alter table case_event add column void_reason varchar(500);
alter table case_event add column voided_by varchar(64);
alter table case_event add column voided_at timestamp(6) with time zone;
alter table support_plan add column void_reason varchar(500);
alter table support_plan add column voided_by varchar(64);
alter table support_plan add column voided_at timestamp(6) with time zone;
alter table support_plan add column started_on date;
update support_plan set started_on = cast(created_at as date);
alter table perpetrator add column void_reason varchar(500);
alter table perpetrator add column voided_by varchar(64);
alter table perpetrator add column voided_at timestamp(6) with time zone;
alter table case_file add column narrative varchar(10000);

create sequence case_document_seq start with 50 increment by 50;

create table case_document (
    id          bigint       not null primary key,
    case_id     bigint,
    victim_id   bigint,
    kind        varchar(30)  not null,
    file_name   varchar(200) not null,
    file_type   varchar(20)  not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    voided      boolean      not null,
    void_reason varchar(500),
    voided_by   varchar(64),
    voided_at   timestamp(6) with time zone,
    version     bigint       not null,
    created_by  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    changed_by  varchar(64),
    changed_at  timestamp(6) with time zone,
    constraint case_document_case_fk foreign key (case_id) references case_file (id),
    constraint case_document_victim_fk foreign key (victim_id) references victim (id),
    constraint case_document_owner_ck check ((case_id is null and victim_id is not null)
        or (case_id is not null and victim_id is null))
);
-- A case's documents and a victim's documents, in the order they were added.
create index case_document_case_ix on case_document (case_id, id);
create index case_document_victim_ix on case_document (victim_id, id);

create table case_document_content (
    document_id bigint not null primary key,
    content     bytea  not null,
    constraint case_document_content_fk foreign key (document_id) references case_document (id)
);

-- Documents are voided (an update), never deleted; their bytes are only ever added.
grant select, insert, update on case_document to ${appRole};
grant select, insert on case_document_content to ${appRole};
