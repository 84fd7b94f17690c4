package com.inquirydesk.sla;

/** Why a day is off; only for people reading the calendar, the clocks treat every kind alike. */
public enum HolidayKind {
    PUBLIC,
    LUNAR,
    SUBSTITUTE,
    ELECTION
}
