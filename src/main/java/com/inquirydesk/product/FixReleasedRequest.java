package com.inquirydesk.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/product-feedback/{featureKey}/fix-released: the release that carries the fix. */
public record FixReleasedRequest(@NotBlank @Size(max = 50) String release) {
}
