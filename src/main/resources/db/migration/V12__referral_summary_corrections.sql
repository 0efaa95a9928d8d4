-- A sender's correction of the victim summary a partner sees is a new version the partner is told about
-- (issue 9): the version, and who corrected it when. Written once for H2 2.x and PostgreSQL 15+.
alter table referral add column summary_version integer default 1 not null;
alter table referral add column summary_corrected_by varchar(64);
alter table referral add column summary_corrected_at timestamp(6) with time zone;
