package com.inquirydesk.voc;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface VocItemRepository extends JpaRepository<VocItem, Long>, JpaSpecificationExecutor<VocItem> {
}
