package com.inquirydesk.inquiry;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InquiryFieldValueRepository extends JpaRepository<InquiryFieldValue, Long> {

    List<InquiryFieldValue> findByInquiryIdOrderByPosition(Long inquiryId);

    @Query("select f from InquiryFieldValue f, Inquiry i where f.inquiryId = i.id and i.code = :code order by f.position")
    List<InquiryFieldValue> findByInquiryCode(@Param("code") String code);

    /** "라벨: 값" lines, as agents read them on the desk page and in the respond form; empty when there are none. */
    default String describe(long inquiryId) {
        return findByInquiryIdOrderByPosition(inquiryId).stream()
                .map(field -> field.getLabel() + ": " + field.getValue())
                .collect(Collectors.joining("\n"));
    }
}
