-- Own password and second factor (issue 12, items 1 and 2). Written once for H2 2.x and PostgreSQL 15+.

-- A password set by an administrator (a reset, or the first administrator's bootstrap) is temporary:
-- its holder must choose a new one before doing anything else.
alter table user_account add column password_temporary boolean default false not null;

-- TOTP (RFC 6238): the secret (Base32, 160 bits) once confirmed, the one being enrolled until its first
-- code is confirmed, when it was confirmed, and the last time step accepted (a code is accepted once).
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_pending_secret varchar(64);
alter table user_account add column totp_enabled_at timestamp(6) with time zone;
alter table user_account add column totp_last_step bigint;

-- Ten one-time recovery codes per account, each stored as salt:SHA-256 (Base64), never in clear; a used
-- code keeps its row with the time it was used.
create table user_recovery_code (
    user_id    bigint       not null,
    code_hash  varchar(100) not null,
    used_at    timestamp(6) with time zone,
    constraint user_recovery_code_user_fk foreign key (user_id) references user_account (id)
);
create index user_recovery_code_user_ix on user_recovery_code (user_id);

grant select, insert, update, delete on user_recovery_code to ${appRole};
