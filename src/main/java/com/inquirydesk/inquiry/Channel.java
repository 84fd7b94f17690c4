package com.inquirydesk.inquiry;

/** Where a customer wrote in. */
public enum Channel {
    WEB("웹"), EMAIL("이메일"), CHAT("채팅"), SNS("SNS"), PHONE("전화"), APP("앱");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
