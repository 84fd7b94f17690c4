-- When the retention purge anonymised a closed inquiry's texts (the row itself stays for statistics).
ALTER TABLE inquiry ADD COLUMN purged_at DATETIME(6);
CREATE INDEX ix_inquiry_closed_purged ON inquiry (closed_at, purged_at);
