-- An audit entry keeps the whole record before and after a change, however large (a big agreement or calendar
-- overflowed varchar(60000) and the change failed): unbounded text, on PostgreSQL and on H2 alike.
alter table audit_entry alter column before_state set data type text;
alter table audit_entry alter column after_state set data type text;
