package com.inquirydesk.security;

/**
 * Staff who answer inquiries need an agent profile before routing can choose them. Identity setup knows who
 * they are; the {@code assignment} feature keeps the profiles, so security does not depend on it.
 */
public interface AgentRoster {

    /** Gives the user an agent profile with the default capacity unless they already have one. */
    void ensureAgent(String userId, String displayName);
}
