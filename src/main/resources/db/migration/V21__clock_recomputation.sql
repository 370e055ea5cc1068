-- Edits never lose history (issue 8): what the recomputation after a calendar or agreement change needs.

-- A closed segment's business time on the calendar it was measured on (issue 8, "edits never lose history"): a
-- stopped clock keeps what it was measured as when its calendar changes later (a holiday imported afterwards does
-- not change a met or breached clock). Null for an open segment and for segments written before this migration
-- (those are computed on the calendar as it is).
alter table clock_segment add column business_seconds bigint;

-- The recomputation after a calendar change reads the clocks not stopped on that calendar a chunk at a time, paused
-- then running, each by id: one range of this index in its order, however many stopped clocks share the calendar.
drop index ix_clock_calendar;
create index ix_clock_calendar on clock (calendar_code, state, id);
