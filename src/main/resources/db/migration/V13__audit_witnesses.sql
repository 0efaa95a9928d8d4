-- Witnessed checkpoints (issue 16, item 4). One installation can witness another's audit checkpoints:
-- it fetches them, checks each signature with the other's pinned key and that the other's history only
-- grows, keeps its copy and countersigns it with its own key; the witnessed installation keeps the
-- countersignatures it received. Every row is only ever added. Written once for H2 2.x and PostgreSQL 15+
-- (no vendor-specific statement, so one file for both; the append-only rule is the grant below).

-- The witness's copy of another installation's checkpoints ("source" as configured by the witness),
-- with the witness's countersignature over each.
create table audit_witnessed_checkpoint (
    source           varchar(40)  not null,
    seq              bigint       not null,
    head_hash        varchar(64)  not null,
    created_at       timestamp(6) with time zone not null,
    signature        varchar(200) not null,
    fetched_at       timestamp(6) with time zone not null,
    countersignature varchar(200) not null,
    constraint audit_witnessed_checkpoint_pk primary key (source, seq)
);

-- Which countersignatures the witnessed installation has acknowledged (the witness posts them back).
create table audit_witness_delivery (
    source       varchar(40)  not null,
    seq          bigint       not null,
    delivered_at timestamp(6) with time zone not null,
    constraint audit_witness_delivery_pk primary key (source, seq)
);

-- The countersignatures this installation received for its own checkpoints ("witness" as configured
-- here in casebridge.audit.witnesses, with the witness's pinned key).
create table audit_checkpoint_witness (
    seq              bigint       not null,
    witness          varchar(40)  not null,
    head_hash        varchar(64)  not null,
    witnessed_at     timestamp(6) with time zone not null,
    countersignature varchar(200) not null,
    constraint audit_checkpoint_witness_pk primary key (seq, witness)
);

-- Audit-like and append-only: the application's role may add and read, never change or delete.
grant select, insert on audit_witnessed_checkpoint, audit_witness_delivery, audit_checkpoint_witness to ${appRole};
