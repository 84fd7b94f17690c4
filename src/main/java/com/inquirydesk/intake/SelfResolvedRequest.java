package com.inquirydesk.intake;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Optional body of "this solved it": the article that helped, so agents and the guide owners can see it. */
public record SelfResolvedRequest(
        @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "도움말 주소(slug) 형식이 아닙니다")
        String articleSlug) {
}
