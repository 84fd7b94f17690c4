package com.inquirydesk.notification;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A refused request of the channels (deliveries, chat, messenger webhooks), sent as the problem document built here. */
public class ChannelProblem extends ApiProblemException {

    public ChannelProblem(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    /** Names the offending field the way the validation problems do. */
    public ChannelProblem withField(String field) {
        Problems.withField(getBody(), field, getBody().getDetail());
        return this;
    }
}
