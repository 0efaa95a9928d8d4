-- Work that must run once in a cluster (issue 14): the timers fire on every instance, and each run
-- first takes its job's lease with one conditional UPDATE of the job's row here. The database lets one
-- instance change the row while the lease is held, whatever the instances are called and whatever their
-- clocks say (the database's clock decides); a lease left by an instance that stopped simply runs out.
-- Written once for H2 2.x and PostgreSQL 15+.

create table run_lease (
    name        varchar(64)  not null primary key,
    holder      varchar(128),
    held_until  timestamp(6) with time zone not null,
    last_run_at timestamp(6) with time zone,
    runs        bigint       not null
);

insert into run_lease (name, held_until, runs) values ('audit-checkpoint', timestamp with time zone '2000-01-01 00:00:00+00', 0);
insert into run_lease (name, held_until, runs) values ('audit-witness', timestamp with time zone '2000-01-01 00:00:00+00', 0);
insert into run_lease (name, held_until, runs) values ('deadline-sweep', timestamp with time zone '2000-01-01 00:00:00+00', 0);

grant select, update on run_lease to ${appRole};
