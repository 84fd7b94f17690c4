package com.inquirydesk.voc;

import com.inquirydesk.product.ProductFeedbackReporter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_HandOffToProduct: the product team gets the problem; feedback on a feature already handed off joins it. */
@Component("handOffToProductDelegate")
public class HandOffToProductDelegate implements JavaDelegate {

    private final ProductFeedbackReporter product;

    public HandOffToProductDelegate(ProductFeedbackReporter product) {
        this.product = product;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = VocVariables.of(execution);
        product.report(vars.featureKey().strip(), vars.productSummary().strip(), vars.inquiryId(), vars.customerId(),
                vars.vocItemId());
    }
}
