package com.inquirydesk.attachment;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** No such file on this inquiry, or its bytes were deleted after the retention period. */
public class AttachmentNotFoundException extends ApiProblemException {

    public AttachmentNotFoundException() {
        super(HttpStatus.NOT_FOUND, "attachment-not-found", "첨부파일을 찾을 수 없습니다",
                "첨부파일이 없거나 보관 기간이 지나 삭제되었습니다.");
    }
}
