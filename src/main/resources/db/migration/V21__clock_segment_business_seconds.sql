-- A closed segment's business time on the calendar it was measured on (issue 8, "edits never lose history"): a
-- stopped clock keeps what it was measured as when its calendar changes later (a holiday imported afterwards does
-- not change a met or breached clock). Null for an open segment and for segments written before this migration
-- (those are computed on the calendar as it is).
alter table clock_segment add column business_seconds bigint;
