-- The audit trail: append-only entries chained by keyed hashes, the head of the chain, and signed
-- checkpoints. UPDATE and DELETE on entries and checkpoints are refused by triggers (V4, per database).

create table audit_entry (
    seq            bigint        not null primary key,
    occurred_at    timestamp(6) with time zone not null,
    username       varchar(64),
    roles          varchar(120),
    agency_code    varchar(32),
    country_code   varchar(2),
    client_address varchar(64),
    server_node    varchar(100),
    action         varchar(30)   not null,
    record_type    varchar(40),
    record_id      varchar(64),
    record_country varchar(2),
    shown_ids      varchar(4000),
    outcome        varchar(10)   not null,
    detail         varchar(500),
    prev_hash      varchar(64)   not null,
    entry_hash     varchar(64)   not null
);
create index audit_entry_country_ix on audit_entry (country_code, seq);
create index audit_entry_record_country_ix on audit_entry (record_country, seq);
create index audit_entry_record_ix on audit_entry (record_type, record_id, seq);
create index audit_entry_user_ix on audit_entry (username, seq);
create index audit_entry_time_ix on audit_entry (occurred_at);

create table audit_head (
    id        bigint      not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_checkpoint (
    seq        bigint       not null primary key,
    head_hash  varchar(64)  not null,
    created_at timestamp(6) with time zone not null,
    signature  varchar(200) not null
);
