package com.inquirydesk.voc.weekly;

import com.inquirydesk.inquiry.Category;
import java.util.Arrays;
import java.util.Collection;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_ReviewWeeklyVoc: the guide categories checked must be known categories (none
 * checked is a valid "no guide needs work"); anything else is refused with a message Tasklist shows.
 */
@Component("weeklyReviewCompletionListener")
public class WeeklyReviewCompletionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object value = WeeklyVocVariables.of(task.getExecution()).guideCategories();
        int given = value == null ? 0 : value instanceof Collection<?> list ? list.size() : countItems(value.toString());
        int known;
        try {
            known = GuideCategorySelection.parse(value).size();
        } catch (IllegalArgumentException malformed) {
            throw refusal();
        }
        if (known != given) {
            throw refusal();
        }
    }

    private static int countItems(String text) {
        String items = text.strip().replaceAll("^\\[|]$", "").strip();
        return items.isEmpty() ? 0 : (int) Arrays.stream(items.split(",")).map(String::strip).distinct().count();
    }

    private static BadUserRequestException refusal() {
        return TaskCompletionRefusal.refuse("도움말을 고칠 분류(guideCategories)는 목록의 분류만 고를 수 있습니다: "
                + String.join(", ", Arrays.stream(Category.values()).map(Enum::name).toList()));
    }
}
