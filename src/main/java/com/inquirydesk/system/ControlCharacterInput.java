package com.inquirydesk.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where text enters the service, {@link ControlCharacters} cleans it: every JSON string our API reads (inquiries,
 * replies, notes, chat, messenger webhooks) and every form or query parameter (portal and desk forms). Channels
 * that do not come in as requests (mail, Tasklist replies through the engine) are cleaned where the
 * conversation is stored.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterInput {

    /** Spring Boot adds every Module bean to the application's ObjectMapper (not to Camunda's own REST API). */
    @Bean
    Module controlCharacterStrings() {
        SimpleModule module = new SimpleModule("control-character-strings");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        return module;
    }

    @Bean
    FilterRegistrationBean<CleanParameters> controlCharacterParameters() {
        var registration = new FilterRegistrationBean<>(new CleanParameters());
        registration.setName("control-character-parameters");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    static final class CleanStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return ControlCharacters.strip(super.deserialize(parser, context));
        }
    }

    static final class CleanParameters extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                private Map<String, String[]> cleaned;

                @Override
                public String getParameter(String name) {
                    String[] values = getParameterMap().get(name);
                    return values == null || values.length == 0 ? null : values[0];
                }

                @Override
                public String[] getParameterValues(String name) {
                    String[] values = getParameterMap().get(name);
                    return values == null ? null : values.clone();
                }

                @Override
                public Map<String, String[]> getParameterMap() {
                    if (cleaned == null) {
                        Map<String, String[]> map = new LinkedHashMap<>();
                        super.getParameterMap().forEach((name, values) -> map.put(ControlCharacters.strip(name),
                                Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new)));
                        cleaned = Collections.unmodifiableMap(map);
                    }
                    return cleaned;
                }

                @Override
                public java.util.Enumeration<String> getParameterNames() {
                    return Collections.enumeration(getParameterMap().keySet());
                }
            }, response);
        }
    }
}
