package com.inquirydesk.security;

import static com.inquirydesk.security.StaffRoles.AGENTS;
import static com.inquirydesk.security.StaffRoles.AUDITORS;
import static com.inquirydesk.security.StaffRoles.KNOWLEDGE_MANAGERS;
import static com.inquirydesk.security.StaffRoles.PRODUCT_TEAM;
import static com.inquirydesk.security.StaffRoles.SUPERVISORS;
import static com.inquirydesk.security.StaffRoles.VOC_REVIEWERS;
import static com.inquirydesk.security.StaffRoles.authorities;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff pages and staff APIs log in against the Camunda identity service and then pass the role ×
 * action rules below (README "Who may do what"); the customer API is open (each inquiry has its own
 * access token); Camunda's webapps keep their own login; the engine's REST API demands HTTP Basic
 * credentials and then applies Camunda's authorizations (granted in IdentitySetup).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** Paths that need a staff login. A new staff feature adds its prefix here and one rule in {@link #staffRules}. */
    static final String[] STAFF_PATHS = {
            "/desk/**", "/api/v1/staff/**", "/api/v1/audit/**", "/api/v1/reports/**", "/api/v1/voc/**",
            "/api/v1/product-feedback/**", "/login", "/logout"};

    /**
     * Role × action, one line per feature and action; the first matching line decides, so narrower
     * paths come first. Anything under {@link #STAFF_PATHS} without a line is refused.
     * Which inquiry a reader may open is decided per inquiry (desk/StaffInquiryAccess).
     */
    private static void staffRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // knowledge base management (articles in every status, history, publishing): knowledge managers
                .requestMatchers("/api/v1/staff/kb/**", "/desk/kb", "/desk/kb/**").hasAnyAuthority(authorities(KNOWLEDGE_MANAGERS))
                // reports: KPI, weekly VOC, dashboard
                .requestMatchers(GET, "/api/v1/reports/**", "/desk/dashboard/**")
                        .hasAnyAuthority(authorities(SUPERVISORS, VOC_REVIEWERS, AUDITORS))
                // weekly VOC report page (read-only for auditors and VOC reviewers, like the dashboard)
                .requestMatchers(GET, "/desk/reports/**")
                        .hasAnyAuthority(authorities(SUPERVISORS, VOC_REVIEWERS, AUDITORS))
                // VOC items
                .requestMatchers(GET, "/api/v1/voc/**").hasAnyAuthority(authorities(SUPERVISORS, VOC_REVIEWERS, AUDITORS))
                // audit timelines, access records and exports: auditors only, read-only
                .requestMatchers(GET, "/api/v1/audit/**", "/desk/audit/**").hasAnyAuthority(authorities(AUDITORS))
                // product feedback: the product team works it; supervisors and auditors read it
                .requestMatchers(GET, "/api/v1/product-feedback/**")
                        .hasAnyAuthority(authorities(PRODUCT_TEAM, SUPERVISORS, AUDITORS))
                .requestMatchers(POST, "/api/v1/product-feedback/**").hasAnyAuthority(authorities(PRODUCT_TEAM))
                // channels: failed deliveries (resend) and quarantined mail are for supervisors
                .requestMatchers("/desk/deliveries/**", "/api/v1/staff/deliveries/**", "/api/v1/staff/mail-quarantine/**")
                        .hasAnyAuthority(authorities(SUPERVISORS))
                // staff desk: inquiry list, notes, customer profile (tier/segment by supervisors), availability, capacity
                .requestMatchers(GET, "/api/v1/staff/inquiries", "/desk/inquiries")
                        .hasAnyAuthority(authorities(AGENTS, SUPERVISORS, AUDITORS))
                .requestMatchers(POST, "/api/v1/staff/inquiries/*/notes", "/desk/inquiries/*/notes")
                        .hasAnyAuthority(authorities(AGENTS, SUPERVISORS))
                .requestMatchers(PATCH, "/api/v1/staff/customers/*").hasAnyAuthority(authorities(SUPERVISORS))
                .requestMatchers(POST, "/desk/customers/*").hasAnyAuthority(authorities(SUPERVISORS))
                .requestMatchers(GET, "/desk/customers/**")
                        .hasAnyAuthority(authorities(AGENTS, SUPERVISORS, AUDITORS, VOC_REVIEWERS, PRODUCT_TEAM))
                .requestMatchers("/api/v1/staff/me/**", "/desk/me/**").hasAnyAuthority(authorities(AGENTS))
                .requestMatchers("/api/v1/staff/agents/**", "/desk/agents/**").hasAnyAuthority(authorities(SUPERVISORS))
                // customers: erasure on request is a supervisor's decision
                .requestMatchers(DELETE, "/api/v1/staff/customers/**").hasAnyAuthority(authorities(SUPERVISORS))
                // customers: merging two records (agents only where a "possibly the same customer" link on an
                // inquiry they may read proposes it: desk/CustomerMergeService checks that)
                .requestMatchers(POST, "/api/v1/staff/customers/*/merge", "/desk/customers/*/merge")
                        .hasAnyAuthority(authorities(AGENTS, SUPERVISORS))
                // internal manual (canned replies, best answers): those who answer customers and those who keep it
                .requestMatchers(GET, "/desk/manual/**").hasAnyAuthority(authorities(AGENTS, SUPERVISORS, KNOWLEDGE_MANAGERS))
                // inquiries and customers: reading (each inquiry checked again by StaffInquiryAccess)
                .requestMatchers(GET, "/api/v1/staff/**", "/desk/inquiries/**")
                        .hasAnyAuthority(authorities(AGENTS, SUPERVISORS, AUDITORS, VOC_REVIEWERS, PRODUCT_TEAM))
                // inquiries: working them (notes, merges) is for agents and supervisors, never auditors
                .requestMatchers("/api/v1/staff/**").hasAnyAuthority(authorities(AGENTS, SUPERVISORS))
                // the desk's home lists what each role may open
                .requestMatchers(GET, "/desk").authenticated()
                .requestMatchers("/login", "/logout").permitAll()
                .anyRequest().denyAll();
    }

    @Bean
    @Order(1)
    SecurityFilterChain staff(HttpSecurity http, CamundaIdentityAuthenticationProvider identity) throws Exception {
        return http
                .securityMatcher(STAFF_PATHS)
                .authenticationProvider(identity)
                .authorizeHttpRequests(SecurityConfig::staffRules)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/desk", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(refusal -> refusal.accessDeniedHandler((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden", "권한이 없습니다",
                                "이 기능은 담당 역할의 직원만 사용할 수 있습니다.")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // Camunda's webapps bring their own authentication and CSRF protection; the customer API is
        // stateless and token-based, so neither needs a session or a CSRF token from Spring Security.
        return http
                .authorizeHttpRequests(auth -> auth
                        // Channels: chat and messenger webhooks carry their own proof (chat token, HMAC signature).
                        .requestMatchers("/api/v1/chat/**", "/api/v1/channels/**", "/portal/chat").permitAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new LoginThrottle(properties));
        registration.setName("login-throttle");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineRestGuard> engineRestGuard(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new EngineRestGuard(identity));
        registration.setName("engine-rest-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
