-- Clock rules of agreements in the read model (issue 8). A target may name the phases in which its clock pauses
-- (comma-separated PENDING_CUSTOMER, PENDING_SUPPLIER; null: the metric's default, i.e. a response never pauses and
-- the other times pause while pending the customer); an inherited target keeps its definer's. An escalation rule
-- may apply to one metric's targets only (null: every metric's), and may hold non-urgent notices until the
-- recipient's working hours. Rows projected before this migration have neither: they answer as before.
alter table agreement_target_term add column pause_when varchar(100);
alter table agreement_escalation_rule add column metric varchar(30);
alter table agreement_escalation_rule add column quiet_hours boolean default false not null;
