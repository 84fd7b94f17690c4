package com.inquirydesk.assignment;

public enum AgentStatus {
    AVAILABLE, AWAY, OFFLINE
}
