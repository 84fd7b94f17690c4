package com.inquirydesk.system;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the service. It follows the engine clock so that tests which move the engine
 * clock to fire timers see the same "now" in the inquiry tables as in the process.
 */
@Component
public class TimeSource {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
