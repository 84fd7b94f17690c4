package com.inquirydesk.system;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Stack traces carry exception messages, which may quote input: masked like the message itself. */
public class MaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasker.maskAll(super.convert(event));
    }
}
