-- Ticket lists show the newest tickets first. With these indexes the database reads a list from its newest end and
-- stops after a page, however many tickets match (a search word found in 20,000 tickets, a team's open tickets),
-- instead of sorting every match for each page; a filter that matches few tickets still goes through its own index
-- (the trigram search, the assignee) and sorts those few.
create index ix_ticket_created on ticket (created_at, id);

-- the queue (a status, a team): newest first even when a burst of new tickets sits at the newest end
drop index ix_ticket_queue;
create index ix_ticket_queue on ticket (status, assignment_group, created_at);
