-- The KPI report counts each resolved inquiry's agent answers (first contact resolution); with the direction in
-- the index that count is read from the index alone.
CREATE INDEX ix_message_inquiry_direction ON inquiry_message (inquiry_id, direction);
