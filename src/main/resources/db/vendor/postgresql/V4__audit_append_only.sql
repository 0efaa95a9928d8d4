-- PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on audit rows, whoever asks. In production the
-- application's own role should also hold only SELECT and INSERT on these tables
-- (see docs/security.md, "Audit trail").
create function casebridge_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function casebridge_audit_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function casebridge_audit_append_only();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function casebridge_audit_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function casebridge_audit_append_only();
