-- CaseBridge foundation: countries, agencies and user accounts.
-- Written once for H2 2.x and PostgreSQL 15+: only types and syntax both accept.

-- EclipseLink takes the 50 ids up to each value: start at 100 so that seeded countries 1..21 stay clear.
create sequence country_seq start with 100 increment by 50;
create sequence agency_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;

create table country (
    id            bigint       not null primary key,
    code          varchar(2)   not null,
    name          varchar(100) not null,
    participating boolean      not null,
    version       bigint       not null,
    created_by    varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    changed_by    varchar(64),
    changed_at    timestamp(6) with time zone,
    constraint country_code_uk unique (code)
);

create table agency (
    id              bigint       not null primary key,
    code            varchar(32)  not null,
    name            varchar(150) not null,
    type            varchar(40)  not null,
    country_id      bigint,
    contact_phone   varchar(16),
    contact_email   varchar(254),
    contact_address varchar(300),
    active          boolean      not null,
    version         bigint       not null,
    created_by      varchar(64)  not null,
    created_at      timestamp(6) with time zone not null,
    changed_by      varchar(64),
    changed_at      timestamp(6) with time zone,
    constraint agency_code_uk unique (code),
    constraint agency_country_fk foreign key (country_id) references country (id)
);
create index agency_country_ix on agency (country_id);

create table agency_service (
    agency_id bigint      not null,
    service   varchar(40) not null,
    constraint agency_service_pk primary key (agency_id, service),
    constraint agency_service_agency_fk foreign key (agency_id) references agency (id)
);

create table user_account (
    id                  bigint       not null primary key,
    username            varchar(64)  not null,
    display_name        varchar(100) not null,
    agency_id           bigint       not null,
    password_hash       varchar(200) not null,
    enabled             boolean      not null,
    failed_attempts     integer      not null,
    locked_until        timestamp(6) with time zone,
    session_epoch       integer      not null,
    last_login_at       timestamp(6) with time zone,
    password_changed_at timestamp(6) with time zone,
    version             bigint       not null,
    created_by          varchar(64)  not null,
    created_at          timestamp(6) with time zone not null,
    changed_by          varchar(64),
    changed_at          timestamp(6) with time zone,
    constraint user_account_username_uk unique (username),
    constraint user_account_agency_fk foreign key (agency_id) references agency (id)
);
create index user_account_agency_ix on user_account (agency_id);

create table user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_user_fk foreign key (user_id) references user_account (id)
);
