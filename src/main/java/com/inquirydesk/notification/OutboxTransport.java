package com.inquirydesk.notification;

/** Delivers one claimed outbox row. Throwing means "not delivered, try again later". */
public interface OutboxTransport {

    Transport transport();

    void deliver(OutboxMessage message) throws Exception;
}
