package com.inquirydesk.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByCalendarIdOrderByHolidayDate(Long calendarId);
}
