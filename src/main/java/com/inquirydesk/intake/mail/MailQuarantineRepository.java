package com.inquirydesk.intake.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailQuarantineRepository extends JpaRepository<MailQuarantine, Long> {

    List<MailQuarantine> findByStatusOrderByIdDesc(String status, Pageable page);
}
