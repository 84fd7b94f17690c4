package com.inquirydesk.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Staff logins to the service's pages and APIs (form login or HTTP Basic) go through Spring Security,
 * which publishes an event for each outcome; each becomes an access record. An API client that sends
 * Basic credentials logs in with every request, and each of those logins is recorded as one.
 */
@Component
class StaffLoginRecorder {

    private final AccessLog accessLog;

    StaffLoginRecorder(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AccessAction.LOGIN);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), AccessAction.LOGIN_FAILED);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AccessAction.LOGOUT);
    }

    private void record(Authentication authentication, AccessAction action) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        accessLog.record(authentication.getName(), address, action, null, null,
                authentication.getDetails() instanceof WebAuthenticationDetails ? AccessVia.DESK : AccessVia.API);
    }
}
