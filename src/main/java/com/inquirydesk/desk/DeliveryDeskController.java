package com.inquirydesk.desk;

import com.inquirydesk.intake.mail.MailQuarantineRepository;
import com.inquirydesk.notification.DeliveryAdministration;
import com.inquirydesk.system.InquiryDeskProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Supervisors' page of deliveries that gave up (with "send again") and of quarantined mail. */
@Controller
class DeliveryDeskController {

    private final DeliveryAdministration deliveries;
    private final MailQuarantineRepository quarantine;
    private final InquiryDeskProperties properties;

    DeliveryDeskController(DeliveryAdministration deliveries, MailQuarantineRepository quarantine,
                           InquiryDeskProperties properties) {
        this.deliveries = deliveries;
        this.quarantine = quarantine;
        this.properties = properties;
    }

    @GetMapping("/desk/deliveries")
    String page(Model model) {
        model.addAttribute("failed", deliveries.failed(200));
        model.addAttribute("quarantined", quarantine.findByStatusOrderByIdDesc("NEW", PageRequest.of(0, 200)));
        model.addAttribute("zone", properties.zone());
        return "desk/deliveries";
    }

    @PostMapping("/desk/deliveries/{id}/resend")
    String resend(@PathVariable long id) {
        deliveries.resend(id);
        return "redirect:/desk/deliveries?resent=" + id;
    }
}
