-- Inquiry codes come from a sequence instead of a per-day counter row: a sequence value is taken without
-- a row lock that would be held until the intake transaction ends, so concurrent intakes no longer queue
-- (or deadlock) on the counter. Numbers are unique but not gap-free. The code keeps six digits (the value
-- modulo 1,000,000), unique within a day as long as a day has fewer than a million inquiries.
-- Starting at 500001 keeps clear of the numbers the old counter handed out on the day of the upgrade.
CREATE SEQUENCE inquiry_code_seq START WITH 500001;

DROP TABLE inquiry_code_counter;
