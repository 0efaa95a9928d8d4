-- Background exports of a list as XLSX (issue 13 item 3): a LIST_XLSX job names the list it holds and that
-- list's filters and sort in the list's own encoded form; its rows are read in the owner's scope when the job
-- runs. Null for the other kinds. Written once for H2 2.x and PostgreSQL 15+.

alter table export_job add column list_name varchar(20);
alter table export_job add column list_query varchar(1000);
