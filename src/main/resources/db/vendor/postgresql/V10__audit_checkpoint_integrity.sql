-- Audit alarms are shown on every administrator's and supervisor's page: finding the latest one
-- (and the latest entry of any action) must not scan the trail.
create index audit_entry_action_ix on audit_entry (action, seq);

-- What the application's role may do (docs/operations.md, "A separate application role"):
-- ${appRole} is that role when CaseBridge migrates as a separate owner (casebridge.db.migration-user),
-- else CURRENT_USER. From this version on, every migration that creates a table grants it here, in
-- the same migration (MigrationGrantsTest and DatabaseGrantsIT fail otherwise).
grant select on flyway_schema_history to ${appRole};
grant select, insert, update on country, agency, user_account, case_number_counter, case_file, case_event,
    case_note, support_plan, victim, victim_consent, perpetrator, referral to ${appRole};
-- collection tables: their rows are replaced when the collection changes
grant select, insert, update, delete on agency_service, user_role, case_team, case_exploitation, case_victim,
    case_perpetrator to ${appRole};
-- the audit trail: append and read only; the head row moves with every entry
grant select, insert on audit_entry, audit_checkpoint to ${appRole};
grant select, update on audit_head to ${appRole};
grant usage on sequence country_seq, agency_seq, user_account_seq, case_file_seq, case_event_seq, case_note_seq,
    support_plan_seq, victim_seq, victim_consent_seq, perpetrator_seq, referral_seq, notification_seq,
    mail_outbox_seq to ${appRole};
-- sequences created by later migrations (ids only) are usable by the application without a grant of their own
alter default privileges in schema public grant usage on sequences to ${appRole};
