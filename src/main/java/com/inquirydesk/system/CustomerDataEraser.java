package com.inquirydesk.system;

/**
 * One feature's part of erasing a customer on request. Every feature that stores a customer's personal
 * data or free text implements this for its own tables; the erasure service collects all implementations
 * (as Spring beans), runs them in one transaction, and afterwards replaces any remaining copy of the
 * customer's texts anywhere in the schema. Anonymise rather than delete rows, so that counts, times and
 * scores (the statistics) stay.
 */
public interface CustomerDataEraser {

    /** The text that replaces erased free text. */
    String ERASED = "(삭제됨)";

    void erase(CustomerErasure erasure);
}
