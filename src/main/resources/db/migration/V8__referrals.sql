-- Referrals of victims to partner agencies (issue 9). The referral refers to the case, the victim and
-- the agencies by id; the victim summary the sender chose is frozen in the summary_* columns when it is
-- sent. Written once for H2 2.x and PostgreSQL 15+.

create sequence referral_seq start with 50 increment by 50;

create table referral (
    id                     bigint        not null primary key,
    case_id                bigint        not null,
    victim_id              bigint        not null,
    sending_agency_id      bigint        not null,
    sending_agency_code    varchar(32)   not null,
    sending_country        varchar(2)    not null,
    author                 varchar(64)   not null,
    recipient_agency_id    bigint        not null,
    recipient_agency_code  varchar(32)   not null,
    recipient_country      varchar(2),
    services               varchar(200)  not null,
    urgency                varchar(10)   not null,
    reason                 varchar(2000) not null,
    summary_fields         varchar(200),
    summary_name           varchar(100),
    summary_gender         varchar(30),
    summary_age            integer,
    summary_age_band       varchar(10),
    summary_languages      varchar(60),
    summary_needs          varchar(2000),
    summary_safety_notes   varchar(2000),
    summary_contact        varchar(1000),
    status                 varchar(20)   not null,
    sent_by                varchar(64),
    sent_at                timestamp(6) with time zone,
    response_due           timestamp(6) with time zone,
    answered_by            varchar(64),
    answered_at            timestamp(6) with time zone,
    decline_reason         varchar(2000),
    outcome                varchar(2000),
    services_delivered     varchar(200),
    completed_on           date,
    revoked_by             varchar(64),
    revoked_at             timestamp(6) with time zone,
    revoke_reason          varchar(2000),
    consent_override_basis varchar(1000),
    consent_override_by    varchar(64),
    consent_override_at    timestamp(6) with time zone,
    consent_withdrawn_on   date,
    voided                 boolean       not null,
    void_reason            varchar(500),
    voided_by              varchar(64),
    voided_at              timestamp(6) with time zone,
    version                bigint        not null,
    created_by             varchar(64)   not null,
    created_at             timestamp(6) with time zone not null,
    changed_by             varchar(64),
    changed_at             timestamp(6) with time zone,
    constraint referral_case_fk foreign key (case_id) references case_file (id),
    constraint referral_victim_fk foreign key (victim_id) references victim (id),
    constraint referral_sending_agency_fk foreign key (sending_agency_id) references agency (id),
    constraint referral_recipient_agency_fk foreign key (recipient_agency_id) references agency (id)
);
-- A partner's inbox (by status and due time), a case's referrals, the sending country's (overdue) list,
-- and the open referrals of a victim whose consent is withdrawn.
create index referral_inbox_ix on referral (recipient_agency_id, status, response_due, id);
create index referral_case_ix on referral (case_id, id);
create index referral_country_ix on referral (sending_country, status, response_due, id);
create index referral_victim_ix on referral (victim_id, status);
