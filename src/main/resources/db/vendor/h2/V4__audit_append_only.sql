-- H2: refuse UPDATE and DELETE on audit rows.
create trigger audit_entry_append_only before update, delete on audit_entry for each row
    call 'org.casebridge.infrastructure.audit.AppendOnlyTrigger';
create trigger audit_checkpoint_append_only before update, delete on audit_checkpoint for each row
    call 'org.casebridge.infrastructure.audit.AppendOnlyTrigger';
