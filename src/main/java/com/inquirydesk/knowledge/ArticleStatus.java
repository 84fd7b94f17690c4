package com.inquirydesk.knowledge;

/** Where an article stands for its editors; customers see only {@link #PUBLISHED} ones. */
public enum ArticleStatus {
    DRAFT("초안"), SCHEDULED("게시 예약"), PUBLISHED("게시 중"), UNPUBLISHED("게시 중단");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
