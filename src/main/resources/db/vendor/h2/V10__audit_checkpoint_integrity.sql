-- Audit alarms are shown on every administrator's and supervisor's page: finding the latest one
-- (and the latest entry of any action) must not scan the trail.
create index audit_entry_action_ix on audit_entry (action, seq);
