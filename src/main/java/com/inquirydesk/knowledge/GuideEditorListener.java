package com.inquirydesk.knowledge;

import com.inquirydesk.system.CurrentStaff;
import com.inquirydesk.inquiry.Category;
import java.util.Arrays;
import java.util.regex.Pattern;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_UpdateGuideDocument: refuses a guide that cannot be published (no or unknown
 * category, malformed address, missing title or text, too long), with a message Tasklist shows; then
 * remembers who wrote the guide, so that the history row names
 * the editor even when the publishing step runs later in a job without the user's authentication.
 * Local to the task's scope, so parallel guide tasks of the weekly review keep their own editor.
 */
@Component("guideEditorListener")
public class GuideEditorListener implements TaskListener {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int SLUG_LENGTH = 100;
    static final int TITLE_LENGTH = 200;
    static final int BODY_LENGTH = 20_000;

    @Override
    public void notify(DelegateTask task) {
        validate(task);
        task.getExecution().setVariableLocal(ApplyGuideUpdateDelegate.GUIDE_TASK_ID, task.getId());
        String editor = CurrentStaff.userIdOr(task, task.getAssignee());
        if (editor != null) {
            task.getExecution().setVariableLocal(ApplyGuideUpdateDelegate.GUIDE_EDITOR, editor);
        }
    }

    private static void validate(DelegateTask task) {
        Object category = task.getExecution().getVariable(ApplyGuideUpdateDelegate.GUIDE_CATEGORY);
        if (!(category instanceof String code) || Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(code))) {
            throw TaskCompletionRefusal.refuse("도움말 분류(guideCategory)를 목록에서 선택해 주세요.");
        }
        Object slug = task.getExecution().getVariable(ApplyGuideUpdateDelegate.ARTICLE_SLUG);
        if (!(slug instanceof String slugText) || slugText.length() > SLUG_LENGTH || !SLUG.matcher(slugText).matches()) {
            throw TaskCompletionRefusal.refuse("도움말 주소(articleSlug)는 영문 소문자, 숫자, 하이픈으로 " + SLUG_LENGTH
                    + "자까지 입력해 주세요. 예: refund-timeline");
        }
        Object title = task.getExecution().getVariable(ApplyGuideUpdateDelegate.ARTICLE_TITLE);
        if (!(title instanceof String titleText) || titleText.isBlank() || titleText.length() > TITLE_LENGTH) {
            throw TaskCompletionRefusal.refuse("제목(articleTitle)을 " + TITLE_LENGTH + "자까지 입력해 주세요.");
        }
        Object body = task.getExecution().getVariable(ApplyGuideUpdateDelegate.ARTICLE_BODY);
        Object draft = task.getExecution().getVariable(GuideDrafts.DRAFT_ID);
        boolean hasBody = draft instanceof Number || body instanceof String given && !given.isBlank();
        if (!hasBody || body instanceof String tooLong && tooLong.length() > BODY_LENGTH) {
            throw TaskCompletionRefusal.refuse("본문(articleBody)을 " + BODY_LENGTH + "자까지 입력해 주세요.");
        }
    }
}
