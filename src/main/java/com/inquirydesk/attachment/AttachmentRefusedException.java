package com.inquirydesk.attachment;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/**
 * A file that is not taken: wrong type (415), too large (413), too many or empty (400). The message is the
 * Korean reason shown next to the file field; the problem document names the field.
 */
public class AttachmentRefusedException extends ApiProblemException {

    public static final String FIELD = "file";

    AttachmentRefusedException(HttpStatus status, String type, String title, String reason) {
        super(Problems.withField(Problems.of(status, type, title, reason), FIELD, reason));
    }

    static AttachmentRefusedException wrongType(String name) {
        return new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment-type",
                "받을 수 없는 파일 형식입니다", "「" + name + "」은(는) 받을 수 없는 형식입니다. "
                        + AttachmentTypes.ACCEPTED_DESCRIPTION + "만 첨부할 수 있습니다.");
    }

    static AttachmentRefusedException tooLarge(String name, String limit) {
        return new AttachmentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large",
                "파일이 너무 큽니다", "「" + name + "」이(가) 너무 큽니다. 파일 하나는 " + limit + "까지 첨부할 수 있습니다.");
    }

    static AttachmentRefusedException tooMany(int limit) {
        return new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "attachment-count",
                "첨부파일이 너무 많습니다", "파일은 한 번에 " + limit + "개까지 첨부할 수 있습니다.");
    }

    static AttachmentRefusedException empty(String name) {
        return new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "attachment-empty",
                "빈 파일입니다", "「" + name + "」은(는) 내용이 없는 빈 파일입니다.");
    }

    static AttachmentRefusedException notMultipart() {
        return new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment-not-multipart",
                "multipart/form-data로 보내 주세요", "첨부파일은 multipart/form-data 본문의 file 항목으로 보내 주세요.");
    }

    static AttachmentRefusedException missing() {
        return new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "attachment-missing",
                "첨부할 파일이 없습니다", "file 항목으로 첨부할 파일을 보내 주세요.");
    }

    /** The whole request was beyond the upload bound, so not even the other fields could be read. */
    static AttachmentRefusedException requestTooLarge(String limit, int count) {
        return new AttachmentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large",
                "파일이 너무 큽니다", "첨부파일이 너무 큽니다. 파일 하나는 " + limit + "까지, 한 번에 " + count
                        + "개까지 첨부할 수 있습니다.");
    }
}
