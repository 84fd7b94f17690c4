package com.inquirydesk.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The attachment table. Lists never load the bytes; only a download does. */
@Repository
class AttachmentStore {

    private static final String COLUMNS = "a.id, a.inquiry_id, a.message_id, a.original_name, a.content_type, a.size_bytes, "
            + "a.sha256, a.created_at, a.deleted_at, m.direction";
    private static final String FROM = " FROM attachment a LEFT JOIN inquiry_message m ON m.id = a.message_id";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long inquiryId, Long messageId, AttachmentService.Accepted file, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (inquiry_id, message_id, original_name, content_type, size_bytes, sha256, content, "
                        + "created_at) VALUES (:inquiry, :message, :name, :type, :size, :sha, :content, :at)")
                .param("inquiry", inquiryId).param("message", messageId).param("name", file.name())
                .param("type", file.contentType()).param("size", (long) file.bytes().length).param("sha", file.sha256())
                .param("content", file.bytes()).param("at", utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Attachment> ofInquiry(long inquiryId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE a.inquiry_id = :inquiry ORDER BY a.id")
                .param("inquiry", inquiryId).query(AttachmentStore::attachment).list();
    }

    int countOnMessage(long messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE message_id = :message").param("message", messageId)
                .query(Integer.class).single();
    }

    Optional<Attachment.Content> content(long inquiryId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", a.content" + FROM + " WHERE a.id = :id AND a.inquiry_id = :inquiry")
                .param("id", id).param("inquiry", inquiryId)
                .query((rs, row) -> new Attachment.Content(attachment(rs, row), rs.getBytes("content")))
                .optional();
    }

    /** Bytes of files uploaded before {@code cutoff} go; the record stays as "삭제됨". */
    int deleteContentCreatedBefore(Instant cutoff, Instant now) {
        return jdbc.sql("UPDATE attachment SET content = NULL, deleted_at = :now WHERE deleted_at IS NULL AND created_at < :cutoff")
                .param("now", utc(now)).param("cutoff", utc(cutoff)).update();
    }

    /** Bytes and names of these inquiries' files go (erasure on request, purge of closed inquiries). */
    int eraseOfInquiries(List<Long> inquiryIds, String erasedName, Instant now) {
        return jdbc.sql("UPDATE attachment SET content = NULL, original_name = :name, deleted_at = COALESCE(deleted_at, :now) "
                        + "WHERE inquiry_id IN (:ids)")
                .param("name", erasedName).param("now", utc(now)).param("ids", inquiryIds).update();
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        long messageId = rs.getLong("message_id");
        Long message = rs.wasNull() ? null : messageId;
        return new Attachment(rs.getLong("id"), rs.getLong("inquiry_id"), message, rs.getString("original_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                instant(rs.getObject("deleted_at", LocalDateTime.class)), "AGENT".equals(rs.getString("direction")));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
