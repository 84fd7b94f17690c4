package com.inquirydesk.security;

import java.util.List;

/** The Camunda groups of the support organisation (DESIGN §2). */
public final class SupportGroups {

    public record SupportGroup(String id, String name, boolean agentQueue) {
    }

    public static final String ADMIN = "camunda-admin";
    public static final String SUPERVISORS = "supervisors";
    public static final String AUDITORS = "auditors";

    public static final List<SupportGroup> ALL = List.of(
            new SupportGroup("agents-general", "일반 상담", true),
            new SupportGroup("agents-billing", "결제 상담", true),
            new SupportGroup("agents-returns", "반품·환불 상담", true),
            new SupportGroup("agents-contracts", "계약 상담", true),
            new SupportGroup("agents-tech", "기술 지원", true),
            new SupportGroup("tier2", "2차 지원", true),
            new SupportGroup(SUPERVISORS, "상담 관리자", false),
            new SupportGroup("voc-reviewers", "VOC 검토", false),
            new SupportGroup("knowledge-managers", "도움말 관리", false),
            new SupportGroup("product-team", "제품팀", false),
            new SupportGroup(AUDITORS, "감사", false),
            new SupportGroup(ADMIN, "프로세스 관리자", false));

    private SupportGroups() {
    }
}
