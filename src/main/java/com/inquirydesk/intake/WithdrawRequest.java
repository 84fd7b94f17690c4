package com.inquirydesk.intake;

import jakarta.validation.constraints.Size;

/** Optional body of a withdrawal; the reason joins the conversation as the customer's last word. */
public record WithdrawRequest(@Size(max = 500) String reason) {
}
