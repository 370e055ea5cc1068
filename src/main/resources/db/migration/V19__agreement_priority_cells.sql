-- The impact x urgency guideline of each edition in the read model (V7), so that the priority of a new ticket is
-- one indexed lookup instead of reading and parsing the documents of the SLAs in force. The read model is emptied
-- here: at the next start it is rebuilt from the documents (ReadModelCompletion), guidelines included.
create table agreement_priority_cell (
    edition_id  bigint      not null references agreement_edition (id) on delete cascade,
    impact      varchar(10) not null,
    urgency     varchar(10) not null,
    priority    varchar(10) not null,
    primary key (edition_id, impact, urgency)
);

delete from agreement_edition;
