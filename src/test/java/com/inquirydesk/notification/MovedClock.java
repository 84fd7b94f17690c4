package com.inquirydesk.notification;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Runs work with the service clock (which follows the engine clock) moved ahead, then puts it back. */
public final class MovedClock {

    private MovedClock() {
    }

    public static void by(Duration ahead, Runnable work) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(ahead)));
        try {
            work.run();
        } finally {
            ClockUtil.reset();
        }
    }
}
