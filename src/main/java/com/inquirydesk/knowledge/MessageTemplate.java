package com.inquirydesk.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "message_template")
@IdClass(MessageTemplate.Key.class)
public class MessageTemplate {

    @Id
    private String code;

    @Id
    private String locale;

    private String subject;

    private String body;

    protected MessageTemplate() {
    }

    public String getCode() { return code; }
    public String getLocale() { return locale; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }

    public record Key(String code, String locale) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
