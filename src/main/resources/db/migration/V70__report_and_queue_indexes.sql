-- Reports select inquiries by the moment of an event (received, first response, resolved, closed) within a
-- period, and the weekly VOC report looks for OTHER inquiries of a week; without these indexes every report
-- reads the whole inquiry table.
CREATE INDEX ix_inquiry_created ON inquiry (created_at);
CREATE INDEX ix_inquiry_first_response ON inquiry (first_response_at);
CREATE INDEX ix_inquiry_resolved ON inquiry (resolved_at);
CREATE INDEX ix_inquiry_closed ON inquiry (closed_at);
CREATE INDEX ix_inquiry_category_created ON inquiry (category, created_at);
