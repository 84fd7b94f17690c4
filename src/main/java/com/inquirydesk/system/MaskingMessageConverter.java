package com.inquirydesk.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's message conversion ({@code %m}, {@code %msg}, {@code %message}) with phone numbers, e-mail
 * addresses, resident registration numbers and card numbers masked, whatever code logged them.
 * Wired in logback-spring.xml.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasker.maskAll(super.convert(event));
    }
}
