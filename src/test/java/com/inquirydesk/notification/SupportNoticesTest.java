package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.knowledge.MessageTemplate;
import com.inquirydesk.knowledge.MessageTemplateRepository;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportNoticesTest {

    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

    MessageTemplateRepository templateRows = mock(MessageTemplateRepository.class);
    InquiryDeskProperties properties = mock(InquiryDeskProperties.class);
    Customer customer = mock(Customer.class);
    long queue;

    SupportNotices notices = new SupportNotices(new MessageTemplateService(templateRows), mock(EntityManager.class),
            properties, 30) {
        @Override
        boolean queueAbove(Category category, int level) {
            return queue > level;
        }
    };

    SupportNoticesTest() {
        when(properties.zone()).thenReturn(ZoneId.of("Asia/Seoul"));
        when(customer.getLocale()).thenReturn("ko");
        when(customer.getName()).thenReturn("홍길동");
        when(templateRows.findById(any())).thenAnswer(call -> {
            MessageTemplate.Key key = call.getArgument(0);
            MessageTemplate template = mock(MessageTemplate.class);
            when(template.getBody()).thenReturn(key.code() + ": {customerName} {channelLabel} {categoryLabel} {expectedFirstResponseBy}");
            return Optional.of(template);
        });
    }

    @Test
    void writtenChannelsAreToldAnswersTakeLongerWithTheExpectedTime() {
        Inquiry mail = inquiry(Channel.EMAIL);
        mail.setFirstResponseDueAt(Instant.parse("2026-12-02T06:00:00Z"));

        assertThat(notices.withAcknowledgement(mail, customer))
                .containsOnlyKeys(SupportNotices.WRITTEN_CHANNEL_NOTICE)
                .containsValue("WRITTEN_CHANNEL_NOTICE: 고객 이메일 결제 12월 2일(수) 오후 3시 00분");
    }

    @Test
    void chatAndPhoneGetNoWrittenChannelNotice() {
        assertThat(notices.withAcknowledgement(inquiry(Channel.CHAT), customer)).isEmpty();
        assertThat(notices.withAcknowledgement(inquiry(Channel.PHONE), customer)).isEmpty();
    }

    @Test
    void aQueuePastTheSurgeLevelBringsAnApologyFirst() {
        queue = 31;
        assertThat(notices.withAcknowledgement(inquiry(Channel.SNS), customer).keySet())
                .containsExactly(SupportNotices.SURGE_APOLOGY, SupportNotices.WRITTEN_CHANNEL_NOTICE);
        queue = 30;
        assertThat(notices.withAcknowledgement(inquiry(Channel.CHAT), customer)).as("at the level, not past it").isEmpty();
    }

    private static Inquiry inquiry(Channel channel) {
        return new Inquiry("INQ-20261202-000001", 1L, channel, Category.BILLING, "제목", "본문", "ko", NOW);
    }
}
