package com.inquirydesk.product;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductFeedbackRepository extends JpaRepository<ProductFeedback, Long> {

    /** The open hand-off of the feature; there is at most one (unique open_feature_key). */
    Optional<ProductFeedback> findByOpenFeatureKey(String featureKey);

    Optional<ProductFeedback> findFirstByFeatureKeyOrderByCreatedAtDescIdDesc(String featureKey);

    List<ProductFeedback> findAllByOrderByCreatedAtDescIdDesc();

    List<ProductFeedback> findByStatusOrderByCreatedAtDescIdDesc(ProductFeedbackStatus status);
}
