-- Work-queue tasks keep what to do as a keyed reason (message key, English text and arguments as JSON), read out
-- in each reader's language, instead of an English sentence. Existing sentences are kept as they are: a stored
-- line that is not JSON is shown as written. Revision reasons, stored the same way, need more room.
alter table agreement_task add column reason varchar(8000);
update agreement_task set reason = description;
alter table agreement_task alter column reason set not null;
alter table agreement_task drop column description;
alter table agreement alter column revision_reasons set data type varchar(100000);
