package com.inquirydesk.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessHoursRepository extends JpaRepository<BusinessHours, Long> {

    List<BusinessHours> findByCalendarId(Long calendarId);
}
