-- A team's queue in the list's own order (newest first, ties by id): a page is read from the index without a sort,
-- and its count ("1,000+") from the index alone, without visiting a thousand tickets scattered over the table.
drop index ix_ticket_queue;
create index ix_ticket_queue on ticket (status, assignment_group, created_at, id);
