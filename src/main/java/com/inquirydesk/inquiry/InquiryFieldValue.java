package com.inquirydesk.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The customer's answer to one extra field of the inquiry's type, with the label they saw. */
@Entity
@Table(name = "inquiry_field_value")
public class InquiryFieldValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;
    private int position;
    private String fieldKey;
    private String label;

    @Column(name = "field_value")
    private String value;

    protected InquiryFieldValue() {
    }

    public InquiryFieldValue(long inquiryId, int position, String fieldKey, String label, String value) {
        this.inquiryId = inquiryId;
        this.position = position;
        this.fieldKey = fieldKey;
        this.label = label;
        this.value = value;
    }

    public Long getInquiryId() { return inquiryId; }
    public int getPosition() { return position; }
    public String getFieldKey() { return fieldKey; }
    public String getLabel() { return label; }
    public String getValue() { return value; }
}
