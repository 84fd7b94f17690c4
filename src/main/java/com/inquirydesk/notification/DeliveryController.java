package com.inquirydesk.notification;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Failed deliveries for supervisors (the security rules restrict these paths to the supervisors group). */
@RestController
class DeliveryController {

    private final DeliveryAdministration deliveries;

    DeliveryController(DeliveryAdministration deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/staff/deliveries/failed")
    List<DeliveryAdministration.FailedDelivery> failed(@RequestParam(defaultValue = "100") int limit) {
        return deliveries.failed(limit);
    }

    @PostMapping("/api/v1/staff/deliveries/{id}/resend")
    ResponseEntity<Void> resend(@PathVariable long id) {
        deliveries.resend(id);
        return ResponseEntity.accepted().build();
    }
}
