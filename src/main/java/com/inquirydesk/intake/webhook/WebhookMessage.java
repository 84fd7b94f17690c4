package com.inquirydesk.intake.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of a messenger delivery: {@code {deliveryId, user:{id, name}, text}}. */
record WebhookMessage(@NotBlank @Size(max = 100) String deliveryId,
                      @NotNull @Valid User user,
                      @NotBlank @Size(max = 20000) String text) {

    record User(@NotBlank @Size(max = 80) String id, @Size(max = 100) String name) {
    }
}
