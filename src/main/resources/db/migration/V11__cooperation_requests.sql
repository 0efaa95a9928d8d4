-- Cross-border cooperation requests between participating governments (issue 10). A request refers to
-- the requesting side's case by id; the case extract the sender chose is frozen in the extract_* columns
-- when it is sent. Messages and attachments are never changed; attachment bytes live in their own table
-- so that a thread is listed without them. Written once for H2 2.x and PostgreSQL 15+.

create sequence cooperation_request_seq start with 50 increment by 50;
create sequence cooperation_message_seq start with 50 increment by 50;
create sequence cooperation_attachment_seq start with 50 increment by 50;

-- References <ISO2>-CR-<year>-<5 digits>, counted per requesting country and year and never reused.
create table cooperation_reference_counter (
    country_code varchar(2) not null,
    year_number  integer    not null,
    last_value   integer    not null,
    constraint cooperation_reference_counter_pk primary key (country_code, year_number)
);

create table cooperation_request (
    id                           bigint        not null primary key,
    reference                    varchar(20),
    case_id                      bigint        not null,
    requesting_country           varchar(2)    not null,
    requested_country            varchar(2)    not null,
    author                       varchar(64)   not null,
    request_type                 varchar(30)   not null,
    priority                     varchar(10)   not null,
    legal_basis                  varchar(1000) not null,
    purpose                      varchar(2000) not null,
    extract_fields               varchar(300),
    extract_victim_id            bigint,
    extract_case_number          varchar(20),
    extract_identified_on        date,
    extract_identification_place varchar(200),
    extract_exploitation         varchar(1000),
    extract_control_recruitment  varchar(1000),
    extract_perpetrators         varchar(4000),
    extract_given_name           varchar(100),
    extract_family_name          varchar(100),
    extract_alias                varchar(60),
    extract_gender               varchar(30),
    extract_birth_date           date,
    extract_estimated_age        integer,
    extract_citizenships         varchar(60),
    extract_languages            varchar(60),
    sharing_basis                varchar(1000),
    sharing_basis_by             varchar(64),
    status                       varchar(20)   not null,
    sent_by                      varchar(64),
    sent_at                      timestamp(6) with time zone,
    acknowledge_by               timestamp(6) with time zone,
    answer_by                    timestamp(6) with time zone,
    answer_within_minutes        bigint,
    acknowledged_by              varchar(64),
    acknowledged_at              timestamp(6) with time zone,
    answered_by                  varchar(64),
    first_answered_at            timestamp(6) with time zone,
    answered_at                  timestamp(6) with time zone,
    follow_ups                   integer       not null,
    ended_by                     varchar(64),
    ended_at                     timestamp(6) with time zone,
    end_reason                   varchar(2000),
    linked_case_id               bigint,
    acknowledgement_escalated_at timestamp(6) with time zone,
    answer_escalated_at          timestamp(6) with time zone,
    voided                       boolean       not null,
    void_reason                  varchar(500),
    voided_by                    varchar(64),
    voided_at                    timestamp(6) with time zone,
    version                      bigint        not null,
    created_by                   varchar(64)   not null,
    created_at                   timestamp(6) with time zone not null,
    changed_by                   varchar(64),
    changed_at                   timestamp(6) with time zone,
    constraint cooperation_request_reference_uq unique (reference),
    constraint cooperation_request_case_fk foreign key (case_id) references case_file (id),
    constraint cooperation_request_linked_case_fk foreign key (linked_case_id) references case_file (id),
    constraint cooperation_request_victim_fk foreign key (extract_victim_id) references victim (id),
    constraint cooperation_request_requesting_fk foreign key (requesting_country) references country (code),
    constraint cooperation_request_requested_fk foreign key (requested_country) references country (code),
    constraint cooperation_request_sides_ck check (requesting_country <> requested_country)
);
-- Outgoing and incoming lists (by status, newest first), a case's requests, and the deadline timer.
create index cooperation_request_outgoing_ix on cooperation_request (requesting_country, status, sent_at, id);
create index cooperation_request_incoming_ix on cooperation_request (requested_country, status, sent_at, id);
create index cooperation_request_case_ix on cooperation_request (case_id, id);
create index cooperation_request_deadline_ix on cooperation_request (status, acknowledge_by, answer_by);

create table cooperation_message (
    id             bigint         not null primary key,
    request_id     bigint         not null,
    author         varchar(64)    not null,
    author_country varchar(2)     not null,
    body           varchar(10000) not null,
    written_at     timestamp(6) with time zone not null,
    read_by        varchar(64),
    read_at        timestamp(6) with time zone,
    version        bigint         not null,
    created_by     varchar(64)    not null,
    created_at     timestamp(6) with time zone not null,
    changed_by     varchar(64),
    changed_at     timestamp(6) with time zone,
    constraint cooperation_message_request_fk foreign key (request_id) references cooperation_request (id)
);
create index cooperation_message_request_ix on cooperation_message (request_id, id);

create table cooperation_attachment (
    id         bigint       not null primary key,
    message_id bigint       not null,
    request_id bigint       not null,
    file_name  varchar(200) not null,
    kind       varchar(20)  not null,
    size_bytes bigint       not null,
    sha256     varchar(64)  not null,
    version    bigint       not null,
    created_by varchar(64)  not null,
    created_at timestamp(6) with time zone not null,
    changed_by varchar(64),
    changed_at timestamp(6) with time zone,
    constraint cooperation_attachment_message_fk foreign key (message_id) references cooperation_message (id),
    constraint cooperation_attachment_request_fk foreign key (request_id) references cooperation_request (id)
);
create index cooperation_attachment_message_ix on cooperation_attachment (message_id, id);

create table cooperation_attachment_content (
    attachment_id bigint not null primary key,
    content       bytea  not null,
    constraint cooperation_attachment_content_fk foreign key (attachment_id) references cooperation_attachment (id)
);

-- What the application's role may do (MigrationGrantsTest): requests change and counters move;
-- messages, attachments and their bytes are only ever added (a message's read mark is its one update).
-- The sequences are usable through V10's default privileges on PostgreSQL.
grant select, insert, update on cooperation_reference_counter, cooperation_request, cooperation_message to ${appRole};
grant select, insert on cooperation_attachment, cooperation_attachment_content to ${appRole};
