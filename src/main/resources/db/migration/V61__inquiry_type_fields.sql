-- Answers to the extra fields of an inquiry's type (forms/inquiry-type-*.form). The label is kept as shown
-- to the customer, so the agent reads the same words even after the form has changed.
CREATE TABLE inquiry_field_value (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    field_key   VARCHAR(100)  NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    field_value VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_inquiry_field_value_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT uq_inquiry_field_value UNIQUE (inquiry_id, field_key)
);
