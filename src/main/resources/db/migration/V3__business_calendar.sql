-- Business calendars for SLA clocks: weekly opening hours in the calendar's own time zone and the
-- days off. Both are data, not code, so a new year's holidays or a changed schedule is a row change.

CREATE TABLE business_calendar (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(30)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    zone_id  VARCHAR(40)  NOT NULL,
    CONSTRAINT uq_business_calendar_code UNIQUE (code)
);

-- ISO day of week (1 = Monday … 7 = Sunday). Several rows for one day model a break;
-- closes = 00:00 means the end of the day, since TIME has no 24:00.
CREATE TABLE business_hours (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_id  BIGINT NOT NULL,
    day_of_week  INT    NOT NULL,
    opens        TIME   NOT NULL,
    closes       TIME   NOT NULL,
    CONSTRAINT ck_business_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT fk_business_hours_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);
CREATE INDEX ix_business_hours_calendar ON business_hours (calendar_id, day_of_week);

-- Two holidays may fall on one day (어린이날 and 부처님오신날 in 2025), hence the name in the key;
-- the key also serves look-ups by calendar and date.
CREATE TABLE holiday (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_id   BIGINT       NOT NULL,
    holiday_date  DATE         NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_holiday_calendar_date_name UNIQUE (calendar_id, holiday_date, name),
    CONSTRAINT fk_holiday_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);

INSERT INTO business_calendar (code, name, zone_id) VALUES ('KR-STANDARD', '평일 09:00~18:00 (한국 공휴일 제외)', 'Asia/Seoul');

-- The calendar id is looked up rather than assumed, so the seed does not depend on identity values.
INSERT INTO business_hours (calendar_id, day_of_week, opens, closes)
SELECT c.id, h.day_of_week, h.opens, h.closes
FROM business_calendar c
CROSS JOIN (
    SELECT 1 AS day_of_week, TIME '09:00:00' AS opens, TIME '18:00:00' AS closes
    UNION ALL SELECT 2, TIME '09:00:00', TIME '18:00:00'
    UNION ALL SELECT 3, TIME '09:00:00', TIME '18:00:00'
    UNION ALL SELECT 4, TIME '09:00:00', TIME '18:00:00'
    UNION ALL SELECT 5, TIME '09:00:00', TIME '18:00:00'
) h
WHERE c.code = 'KR-STANDARD';

-- 관공서의 공휴일 (월력요항). Substitute days follow the rule in force: 국경일, 어린이날, 부처님오신날
-- and 성탄절 falling on a Saturday or Sunday, 설날/추석 days falling on a Sunday (not a Saturday).
-- 제헌절 is a public holiday again from 2026 (공휴일에 관한 법률, amended 2026-01).
INSERT INTO holiday (calendar_id, holiday_date, name, kind)
SELECT c.id, h.holiday_date, h.name, h.kind
FROM business_calendar c
CROSS JOIN (
              SELECT DATE '2026-01-01' AS holiday_date, '신정' AS name, 'PUBLIC' AS kind
    UNION ALL SELECT DATE '2026-02-16', '설날 전날', 'LUNAR'
    UNION ALL SELECT DATE '2026-02-17', '설날', 'LUNAR'
    UNION ALL SELECT DATE '2026-02-18', '설날 다음날', 'LUNAR'
    UNION ALL SELECT DATE '2026-03-01', '삼일절', 'PUBLIC'
    UNION ALL SELECT DATE '2026-03-02', '대체공휴일(삼일절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2026-05-05', '어린이날', 'PUBLIC'
    UNION ALL SELECT DATE '2026-05-24', '부처님오신날', 'LUNAR'
    UNION ALL SELECT DATE '2026-05-25', '대체공휴일(부처님오신날)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2026-06-03', '전국동시지방선거', 'ELECTION'
    UNION ALL SELECT DATE '2026-06-06', '현충일', 'PUBLIC'
    UNION ALL SELECT DATE '2026-07-17', '제헌절', 'PUBLIC'
    UNION ALL SELECT DATE '2026-08-15', '광복절', 'PUBLIC'
    UNION ALL SELECT DATE '2026-08-17', '대체공휴일(광복절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2026-09-24', '추석 전날', 'LUNAR'
    UNION ALL SELECT DATE '2026-09-25', '추석', 'LUNAR'
    UNION ALL SELECT DATE '2026-09-26', '추석 다음날', 'LUNAR'
    UNION ALL SELECT DATE '2026-10-03', '개천절', 'PUBLIC'
    UNION ALL SELECT DATE '2026-10-05', '대체공휴일(개천절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2026-10-09', '한글날', 'PUBLIC'
    UNION ALL SELECT DATE '2026-12-25', '성탄절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-01-01', '신정', 'PUBLIC'
    UNION ALL SELECT DATE '2027-02-06', '설날 전날', 'LUNAR'
    UNION ALL SELECT DATE '2027-02-07', '설날', 'LUNAR'
    UNION ALL SELECT DATE '2027-02-08', '설날 다음날', 'LUNAR'
    UNION ALL SELECT DATE '2027-02-09', '대체공휴일(설날)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2027-03-01', '삼일절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-05-05', '어린이날', 'PUBLIC'
    UNION ALL SELECT DATE '2027-05-13', '부처님오신날', 'LUNAR'
    UNION ALL SELECT DATE '2027-06-06', '현충일', 'PUBLIC'
    UNION ALL SELECT DATE '2027-07-17', '제헌절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-07-19', '대체공휴일(제헌절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2027-08-15', '광복절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-08-16', '대체공휴일(광복절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2027-09-14', '추석 전날', 'LUNAR'
    UNION ALL SELECT DATE '2027-09-15', '추석', 'LUNAR'
    UNION ALL SELECT DATE '2027-09-16', '추석 다음날', 'LUNAR'
    UNION ALL SELECT DATE '2027-10-03', '개천절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-10-04', '대체공휴일(개천절)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2027-10-09', '한글날', 'PUBLIC'
    UNION ALL SELECT DATE '2027-10-11', '대체공휴일(한글날)', 'SUBSTITUTE'
    UNION ALL SELECT DATE '2027-12-25', '성탄절', 'PUBLIC'
    UNION ALL SELECT DATE '2027-12-27', '대체공휴일(성탄절)', 'SUBSTITUTE'
) h
WHERE c.code = 'KR-STANDARD';
