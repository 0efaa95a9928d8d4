-- Personal API tokens (issue 12): a user's bearer secrets for integrations. Only the SHA-256 of the secret
-- is stored (hex, 64 characters), never the secret itself. A token is revoked, never deleted, so that the
-- audit trail's token ids keep pointing at a record. Written once for H2 2.x and PostgreSQL 15+.

create sequence api_token_seq start with 50 increment by 50;

create table api_token (
    id                bigint       not null primary key,
    user_id           bigint       not null,
    name              varchar(100) not null,
    secret_hash       varchar(64)  not null,
    read_only         boolean      not null,
    expires_at        timestamp(6) with time zone not null,
    last_used_at      timestamp(6) with time zone,
    last_used_address varchar(64),
    revoked_at        timestamp(6) with time zone,
    revoked_by        varchar(64),
    version           bigint       not null,
    created_by        varchar(64)  not null,
    created_at        timestamp(6) with time zone not null,
    changed_by        varchar(64),
    changed_at        timestamp(6) with time zone,
    constraint api_token_user_fk foreign key (user_id) references user_account (id),
    constraint api_token_secret_uk unique (secret_hash)
);
-- A user's list of tokens.
create index api_token_user_ix on api_token (user_id, id);

grant select, insert, update on api_token to ${appRole};
