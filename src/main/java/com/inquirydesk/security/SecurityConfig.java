package com.inquirydesk.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff pages and staff APIs log in against the Camunda identity service; the customer API is open
 * (each inquiry has its own access token); Camunda's webapps keep their own login; the engine's REST
 * API demands HTTP Basic credentials and then applies Camunda's authorizations.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain staff(HttpSecurity http, CamundaIdentityAuthenticationProvider identity) throws Exception {
        return http
                .securityMatcher("/desk/**", "/api/v1/staff/**", "/api/v1/audit/**", "/api/v1/reports/**",
                        "/api/v1/voc/**", "/api/v1/product-feedback/**", "/login", "/logout")
                .authenticationProvider(identity)
                .authorizeHttpRequests(auth -> auth
                        // Audit: auditors read timelines, access records and exports; supervisors see timelines too.
                        .requestMatchers("/api/v1/audit/inquiries/**", "/desk/audit/**")
                        .hasAnyAuthority(group(SupportGroups.AUDITORS), group(SupportGroups.SUPERVISORS))
                        .requestMatchers("/api/v1/audit/**").hasAuthority(group(SupportGroups.AUDITORS))
                        // Erasure on request is a supervisor's decision.
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/staff/customers/*")
                        .hasAuthority(group(SupportGroups.SUPERVISORS))
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/desk/inquiries", false))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // Camunda's webapps bring their own authentication and CSRF protection; the customer API is
        // stateless and token-based, so neither needs a session or a CSRF token from Spring Security.
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    private static String group(String id) {
        return "GROUP_" + id;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
