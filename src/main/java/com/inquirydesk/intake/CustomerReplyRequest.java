package com.inquirydesk.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CustomerReplyRequest(@NotBlank @Size(max = 20000) String body) {
}
