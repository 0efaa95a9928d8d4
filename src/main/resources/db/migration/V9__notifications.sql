-- Notifications (issue 9, reused by cooperation requests): in-app notifications addressed to one user,
-- the e-mail outbox, and each account's e-mail address and "send me e-mails" choice. A notification holds
-- no personal data: the kind, the record it is about (type and id) and times; its text is built from the
-- kind when it is shown. Written once for H2 2.x and PostgreSQL 15+.

alter table user_account add column email varchar(254);
alter table user_account add column mail_notifications boolean default true not null;

-- Set once, by the one node whose conditional update claims the overdue referral, so that the sender is
-- told once, whatever the number of nodes or restarts.
alter table referral add column overdue_notified_at timestamp(6) with time zone;

create sequence notification_seq start with 50 increment by 50;

create table notification (
    id             bigint       not null primary key,
    recipient_id   bigint       not null,
    -- the recipient's country when it was created (null for a regional agency): the country of a refusal
    country        varchar(2),
    kind           varchar(40)  not null,
    record_type    varchar(40)  not null,
    record_id      bigint       not null,
    created_at     timestamp(6) with time zone not null,
    read_at        timestamp(6) with time zone,
    version        bigint       not null,
    constraint notification_recipient_fk foreign key (recipient_id) references user_account (id)
);
-- A user's list, newest first (keyset by id), and the unread count of the menu badge.
create index notification_recipient_ix on notification (recipient_id, id);
create index notification_unread_ix on notification (recipient_id, read_at);

create sequence mail_outbox_seq start with 50 increment by 50;

-- One e-mail to send for one notification. The address is not copied here: it is read from the account
-- when the mail is sent. A node claims a row with a conditional update (claimed_until in the past) before
-- sending it, so that two nodes never send the same mail; a failed attempt is retried later with backoff.
create table mail_outbox (
    id              bigint       not null primary key,
    notification_id bigint       not null,
    recipient_id    bigint       not null,
    kind            varchar(40)  not null,
    status          varchar(10)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp(6) with time zone not null,
    claimed_by      varchar(64),
    claimed_until   timestamp(6) with time zone,
    sent_at         timestamp(6) with time zone,
    last_error      varchar(200),
    created_at      timestamp(6) with time zone not null,
    constraint mail_outbox_notification_fk foreign key (notification_id) references notification (id),
    constraint mail_outbox_recipient_fk foreign key (recipient_id) references user_account (id)
);
create index mail_outbox_due_ix on mail_outbox (status, next_attempt_at, id);
-- The overdue sweep: SENT referrals past their due time not yet notified.
create index referral_overdue_notice_ix on referral (status, overdue_notified_at, response_due);

-- What the application's role may do with these tables (MigrationGrantsTest; the sequences' usage is
-- granted with the older ones in V10 on PostgreSQL, which has no grant on H2).
grant select, insert, update on notification, mail_outbox to ${appRole};
