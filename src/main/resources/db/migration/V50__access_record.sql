-- Access records as the Korean personal-information safety standard asks for them: which account,
-- when, from which address, whose data, which action. Append-only: V51 adds database triggers that
-- refuse UPDATE always and DELETE of rows younger than the legal minimum (see AppendOnlyTables).

CREATE TABLE access_record (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at          DATETIME(6)  NOT NULL,
    account              VARCHAR(100) NOT NULL,
    source_address       VARCHAR(64),
    action               VARCHAR(20)  NOT NULL,
    subject_customer_id  BIGINT,
    target               VARCHAR(200),
    via                  VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_access_record_occurred ON access_record (occurred_at);
CREATE INDEX ix_access_record_account ON access_record (account, occurred_at);
CREATE INDEX ix_access_record_customer ON access_record (subject_customer_id, occurred_at);
