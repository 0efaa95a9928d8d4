-- Trafficking cases, the people in them (victims with consent records, perpetrators), events,
-- notes and support plans. Indexes follow the case list's filters and sorts (docs/performance.md).

alter table country add column closure_approval boolean default true not null;

create sequence case_file_seq start with 50 increment by 50;
create sequence case_event_seq start with 50 increment by 50;
create sequence case_note_seq start with 50 increment by 50;
create sequence support_plan_seq start with 50 increment by 50;
create sequence victim_seq start with 50 increment by 50;
create sequence victim_consent_seq start with 50 increment by 50;
create sequence perpetrator_seq start with 50 increment by 50;

create table case_number_counter (
    country_code varchar(2) not null,
    year_number  integer    not null,
    last_value   integer    not null,
    constraint case_number_counter_pk primary key (country_code, year_number)
);

create table case_file (
    id                       bigint       not null primary key,
    case_number              varchar(16)  not null,
    country_id               bigint       not null,
    owning_agency_id         bigint       not null,
    assigned_to_id           bigint       not null,
    status                   varchar(20)  not null,
    stage                    varchar(30)  not null,
    risk_level               varchar(10)  not null,
    risk_rank                integer      not null,
    identification_date      date         not null,
    identification_place     varchar(200),
    sex_exploitation_types   varchar(200),
    forced_labour_industry   varchar(2),
    methods_of_control       varchar(500),
    methods_of_recruitment   varchar(400),
    recruitment_apps         varchar(300),
    exploitation_apps        varchar(300),
    review_due               date,
    closure_reason           varchar(2000),
    closure_requested_status varchar(20),
    closure_requested_by     varchar(64),
    closure_requested_at     timestamp(6) with time zone,
    closure_review_comment   varchar(1000),
    closure_reviewed_by      varchar(64),
    closed_at                timestamp(6) with time zone,
    voided                   boolean      not null,
    void_reason              varchar(500),
    version                  bigint       not null,
    created_by               varchar(64)  not null,
    created_at               timestamp(6) with time zone not null,
    changed_by               varchar(64),
    changed_at               timestamp(6) with time zone,
    constraint case_file_number_uk unique (case_number),
    constraint case_file_country_fk foreign key (country_id) references country (id),
    constraint case_file_agency_fk foreign key (owning_agency_id) references agency (id),
    constraint case_file_assigned_fk foreign key (assigned_to_id) references user_account (id)
);
-- Scope + sort: a supervisor's country list and a caseworker's agency list, newest identification first.
create index case_file_country_ident_ix on case_file (country_id, identification_date, id);
create index case_file_agency_ident_ix on case_file (owning_agency_id, identification_date, id);
create index case_file_assigned_ix on case_file (assigned_to_id, identification_date, id);
create index case_file_country_risk_ix on case_file (country_id, risk_rank, id);
create index case_file_country_changed_ix on case_file (country_id, changed_at, id);
create index case_file_country_status_ix on case_file (country_id, status, identification_date, id);
create index case_file_ident_ix on case_file (identification_date, id);

create table case_team (
    case_id bigint not null,
    user_id bigint not null,
    constraint case_team_pk primary key (case_id, user_id),
    constraint case_team_case_fk foreign key (case_id) references case_file (id),
    constraint case_team_user_fk foreign key (user_id) references user_account (id)
);
create index case_team_user_ix on case_team (user_id, case_id);

create table case_exploitation (
    case_id bigint      not null,
    type    varchar(40) not null,
    constraint case_exploitation_pk primary key (case_id, type),
    constraint case_exploitation_case_fk foreign key (case_id) references case_file (id)
);
create index case_exploitation_type_ix on case_exploitation (type, case_id);

create table case_event (
    id           bigint      not null primary key,
    case_id      bigint      not null,
    type         varchar(20) not null,
    country_code varchar(2),
    place        varchar(200),
    event_date   date,
    voided       boolean     not null,
    version      bigint      not null,
    created_by   varchar(64) not null,
    created_at   timestamp(6) with time zone not null,
    changed_by   varchar(64),
    changed_at   timestamp(6) with time zone,
    constraint case_event_case_fk foreign key (case_id) references case_file (id)
);
create index case_event_case_ix on case_event (case_id);

create table case_note (
    id          bigint        not null primary key,
    case_id     bigint        not null,
    text        varchar(10000) not null,
    author      varchar(64)   not null,
    written_at  timestamp(6) with time zone not null,
    voided      boolean       not null,
    void_reason varchar(500),
    version     bigint        not null,
    created_by  varchar(64)   not null,
    created_at  timestamp(6) with time zone not null,
    changed_by  varchar(64),
    changed_at  timestamp(6) with time zone,
    constraint case_note_case_fk foreign key (case_id) references case_file (id)
);
create index case_note_case_ix on case_note (case_id);

create table support_plan (
    id          bigint       not null primary key,
    case_id     bigint       not null,
    type        varchar(40)  not null,
    objectives  varchar(4000) not null,
    planned_end date,
    actual_end  date,
    voided      boolean      not null,
    version     bigint       not null,
    created_by  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    changed_by  varchar(64),
    changed_at  timestamp(6) with time zone,
    constraint support_plan_case_fk foreign key (case_id) references case_file (id)
);
create index support_plan_case_ix on support_plan (case_id);

create table victim (
    id                         bigint       not null primary key,
    given_name                 varchar(100),
    family_name                varchar(100),
    alias                      varchar(60)  not null,
    gender                     varchar(30),
    birth_date                 date,
    estimated_age              integer,
    estimated_age_on           date,
    citizenships               varchar(60),
    languages                  varchar(60),
    trafficking_status         varchar(20)  not null,
    status_decided_by          varchar(40),
    age_when_trafficked        integer,
    relationship_to_trafficker varchar(20),
    migration_status           varchar(30),
    contact_phone              varchar(16),
    contact_email              varchar(254),
    contact_address            varchar(300),
    voided                     boolean      not null,
    void_reason                varchar(500),
    voided_by                  varchar(64),
    voided_at                  timestamp(6) with time zone,
    version                    bigint       not null,
    created_by                 varchar(64)  not null,
    created_at                 timestamp(6) with time zone not null,
    changed_by                 varchar(64),
    changed_at                 timestamp(6) with time zone
);

create table case_victim (
    case_id   bigint not null,
    victim_id bigint not null,
    constraint case_victim_pk primary key (case_id, victim_id),
    constraint case_victim_case_fk foreign key (case_id) references case_file (id),
    constraint case_victim_victim_fk foreign key (victim_id) references victim (id)
);
create index case_victim_victim_ix on case_victim (victim_id, case_id);

create table victim_consent (
    id           bigint      not null primary key,
    victim_id    bigint      not null,
    purpose      varchar(30) not null,
    scope        varchar(10) not null,
    scope_value  varchar(32),
    given_on     date        not null,
    expires_on   date,
    withdrawn_on date,
    recorded_by  varchar(64) not null,
    version      bigint      not null,
    created_by   varchar(64) not null,
    created_at   timestamp(6) with time zone not null,
    changed_by   varchar(64),
    changed_at   timestamp(6) with time zone,
    constraint victim_consent_victim_fk foreign key (victim_id) references victim (id)
);
create index victim_consent_victim_ix on victim_consent (victim_id);

create table perpetrator (
    id           bigint       not null primary key,
    name         varchar(200),
    roles        varchar(400),
    relationship varchar(20),
    organisation varchar(200),
    voided       boolean      not null,
    version      bigint       not null,
    created_by   varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    changed_by   varchar(64),
    changed_at   timestamp(6) with time zone
);

create table case_perpetrator (
    case_id        bigint not null,
    perpetrator_id bigint not null,
    constraint case_perpetrator_pk primary key (case_id, perpetrator_id),
    constraint case_perpetrator_case_fk foreign key (case_id) references case_file (id),
    constraint case_perpetrator_perp_fk foreign key (perpetrator_id) references perpetrator (id)
);
