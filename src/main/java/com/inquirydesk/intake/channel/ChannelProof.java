package com.inquirydesk.intake.channel;

/**
 * What a channel has proven about who is writing. Mail that reached the support mailbox from an address
 * proves that address only as far as mail does (VERIFIED_EMAIL); a messenger delivery signed with the
 * channel's secret proves the messenger's user id (VERIFIED_EXTERNAL_ID, namespaced by channel); a chat
 * session proves nothing beyond itself (SESSION_ONLY, a fresh external id per session).
 */
public record ChannelProof(Kind kind, String value) {

    public enum Kind { VERIFIED_EMAIL, VERIFIED_EXTERNAL_ID, SESSION_ONLY }

    public static ChannelProof verifiedEmail(String address) {
        return new ChannelProof(Kind.VERIFIED_EMAIL, address.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static ChannelProof verifiedExternalId(String channel, String userId) {
        return new ChannelProof(Kind.VERIFIED_EXTERNAL_ID, channel + ":" + userId);
    }

    public static ChannelProof chatSession(String sessionId) {
        return new ChannelProof(Kind.SESSION_ONLY, "chat:" + sessionId);
    }
}
