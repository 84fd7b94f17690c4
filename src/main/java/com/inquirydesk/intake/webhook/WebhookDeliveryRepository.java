package com.inquirydesk.intake.webhook;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    Optional<WebhookDelivery> findByChannelAndDeliveryId(String channel, String deliveryId);
}
