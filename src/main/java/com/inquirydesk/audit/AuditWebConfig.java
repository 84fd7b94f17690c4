package com.inquirydesk.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class AuditWebConfig {

    /** Ahead of Camunda's own filters, so that the outcome of its login is seen once the request returns. */
    @Bean
    FilterRegistrationBean<CamundaWebappLoginRecorder> camundaWebappLoginRecorder(AccessLog accessLog) {
        var registration = new FilterRegistrationBean<>(new CamundaWebappLoginRecorder(accessLog));
        registration.setName("camunda-webapp-login-recorder");
        registration.addUrlPatterns(CamundaWebappLoginRecorder.AUTH_PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
