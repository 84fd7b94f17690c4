-- Customer identity comes from what a channel proves. A request that only claims a known customer's
-- e-mail, phone or external id gets a customer record of its own: the contested details are kept as
-- claimed (not unique, never used to find anyone) and the record is linked to the known customer as
-- "possibly the same customer" until an agent merges the two.
ALTER TABLE customer ADD COLUMN claimed_email VARCHAR(254);
ALTER TABLE customer ADD COLUMN claimed_phone VARCHAR(32);
ALTER TABLE customer ADD COLUMN claimed_external_id VARCHAR(100);

-- Lineage of a merge: the absorbed record stays (its id is referenced by audit events and access records).
ALTER TABLE customer ADD COLUMN merged_into_id BIGINT;
ALTER TABLE customer ADD COLUMN merged_at DATETIME(6);
ALTER TABLE customer ADD COLUMN merged_by VARCHAR(64);
ALTER TABLE customer ADD CONSTRAINT fk_customer_merged_into FOREIGN KEY (merged_into_id) REFERENCES customer (id);

CREATE TABLE possible_same_customer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id    BIGINT       NOT NULL,
    customer_id   BIGINT       NOT NULL,
    candidate_id  BIGINT       NOT NULL,
    matched_on    VARCHAR(40)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    resolved_at   DATETIME(6),
    resolved_by   VARCHAR(64),
    CONSTRAINT uq_possible_same_customer UNIQUE (inquiry_id, candidate_id),
    CONSTRAINT fk_possible_same_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT fk_possible_same_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_possible_same_candidate FOREIGN KEY (candidate_id) REFERENCES customer (id)
);
CREATE INDEX ix_possible_same_pair ON possible_same_customer (customer_id, candidate_id, status);
CREATE INDEX ix_possible_same_candidate ON possible_same_customer (candidate_id, status);
