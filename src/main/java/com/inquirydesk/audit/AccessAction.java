package com.inquirydesk.audit;

/** What a staff account did, in the words of the access-record register. */
public enum AccessAction {
    LOGIN, LOGIN_FAILED, LOGOUT, READ, SEARCH, EXPORT, ERASE
}
