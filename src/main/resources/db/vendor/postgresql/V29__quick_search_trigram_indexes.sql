-- The case list's quick search looks for its text anywhere in the folded place of identification and in the
-- victims' folded aliases (like '%text%'), which no B-tree index serves: at 1,000,000 cases every search read
-- the whole scope's cases and every victim (docs/performance.md, "Load: the realistic mix"). Trigram GIN
-- indexes (pg_trgm, one of PostgreSQL's own extensions, "trusted": the database's owner may create it) name
-- the matching rows directly; JpaCaseRepository asks for the matches first and joins the scope to them.
--
-- Where pg_trgm cannot be created (a server without the contrib modules, or an owner without CREATE on the
-- database) the migration still succeeds, with a warning, and the search works as before, only slower; an
-- operator can create the extension later and run the two CREATE INDEX statements below by hand.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise warning 'pg_trgm is not available (%): the quick search will read every case of the scope', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index if not exists case_file_place_trgm_ix on case_file using gin (identification_place_search gin_trgm_ops)';
        execute 'create index if not exists victim_alias_trgm_ix on victim using gin (alias_search gin_trgm_ops)';
    end if;
end
$$;
