package com.inquirydesk.assignment;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

class AgentNotFoundException extends ApiProblemException {

    AgentNotFoundException(String userId) {
        super(HttpStatus.NOT_FOUND, "agent-not-found", "상담원을 찾을 수 없습니다",
                "상담원 " + userId + "의 프로필이 없습니다.");
    }
}
