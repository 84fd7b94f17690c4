package com.inquirydesk.knowledge;

/** What kind of help text an article is; the portal lists each kind in its own place. */
public enum ArticleType {
    NOTICE("공지"), FAQ("자주 묻는 질문"), GUIDE("안내");

    private final String label;

    ArticleType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
