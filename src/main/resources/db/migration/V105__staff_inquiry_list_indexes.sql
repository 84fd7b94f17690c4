-- The staff inquiry list filters by group and status and, for agents, looks for inquiries they wrote in
-- (answers and notes carry the author); without these, every page of the list reads the whole tables.
CREATE INDEX ix_inquiry_group_status ON inquiry (candidate_group, status);
CREATE INDEX ix_message_author ON inquiry_message (author, inquiry_id);
