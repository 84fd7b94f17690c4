package com.inquirydesk.sla;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDefinitionRepository extends JpaRepository<CalendarDefinition, Long> {

    Optional<CalendarDefinition> findByCode(String code);
}
