package com.inquirydesk.system;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code inquiry-desk.*} in application.yaml. */
@ConfigurationProperties("inquiry-desk")
public record InquiryDeskProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("Asia/Seoul") ZoneId zone,
        String accessTokenSecret,
        @DefaultValue Intake intake,
        @DefaultValue Assignment assignment,
        @DefaultValue Sla sla,
        @DefaultValue Demo demo) {

    /** The one builder of links to an inquiry's desk page, as staff notices and task forms show them. */
    public String deskLink(String inquiryCode) {
        return publicBaseUrl() + "/desk/inquiries/" + inquiryCode;
    }

    public record Intake(@DefaultValue("PT24H") Duration duplicateWindow,
                         @DefaultValue("0.5") double duplicateSimilarity) {
    }

    /**
     * Waiting on the customer: a reminder after {@code reminderAfter} of business time (two 9-hour
     * business days by default), auto-close {@code autoCloseAfter} later; a resolved inquiry can be
     * reopened by a customer reply for {@code reopenWindow}.
     */
    public record Sla(@DefaultValue("PT18H") Duration reminderAfter,
                      @DefaultValue("P3D") Duration autoCloseAfter,
                      @DefaultValue("P7D") Duration reopenWindow,
                      @DefaultValue("0.8") double warningShare) {
    }

    public record Assignment(@DefaultValue("5") int defaultCapacity) {
    }

    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue List<DemoUser> users) {
    }

    public record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {
    }
}
