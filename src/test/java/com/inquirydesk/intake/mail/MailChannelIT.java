package com.inquirydesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.intake.channel.AgentAnswers;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.mail.CustomerMailbox;
import com.inquirydesk.notification.mail.EmbeddedMailServer;
import com.inquirydesk.notification.mail.MailProperties;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The e-mail channel against the embedded GreenMail server (on free ports): mail in over SMTP, read by
 * the IMAP poller, answered by the agent through the outbox, read back by the customer over IMAP, and
 * the customer's answer threaded to the same inquiry and agent.
 */
@IntegrationTest
class MailChannelIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    MailProperties mail;

    @Autowired
    SupportMailboxPoller poller;

    @Autowired
    MailIntakeService intake;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailOpensAnInquiryAndTheAnswerAndTheCustomersReplyThreadByTagAndHeaders() throws Exception {
        String customer = TestInquiries.uniqueEmail("mail-roundtrip");
        MimeMessage first = mailFrom(customer, "김민수");
        first.setSubject("청구 금액 문의", "UTF-8");
        first.setText("이번 달 청구서 금액이 평소보다 두 배 많이 나왔습니다. 확인 부탁드립니다.", "UTF-8");
        send(first);
        String firstMessageId = first.getMessageID();

        List<MailIntakeService.Result> results = poller.poll();
        assertThat(results).extracting(MailIntakeService.Result::outcome).containsExactly(MailIntakeService.Outcome.OPENED);
        String code = results.get(0).inquiryCode();
        Map<String, Object> inquiry = jdbc.queryForMap("SELECT i.channel, i.subject, i.body, c.email, c.name FROM inquiry i "
                + "JOIN customer c ON c.id = i.customer_id WHERE i.code = ?", code);
        assertThat(inquiry).containsEntry("CHANNEL", "EMAIL").containsEntry("SUBJECT", "청구 금액 문의")
                .containsEntry("EMAIL", customer).containsEntry("NAME", "김민수");
        assertThat((String) inquiry.get("BODY")).contains("두 배");

        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        String answer = "확인해 보니 할인 적용이 빠져 있었습니다. 차액은 다음 달 청구서에서 빼 드리겠습니다.";
        String agent = AgentAnswers.reply(tasks, identity, respond, answer);

        MimeMessage reply = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            relay.relayDue();
            return readInbox(customer).stream().filter(m -> body(m).contains("할인 적용")).findFirst().orElse(null);
        }, found -> found != null);
        assertThat(reply.getSubject()).startsWith("[" + code + "]").contains("청구 금액 문의");
        assertThat(reply.getFrom()[0].toString()).contains(mail.supportAddress());
        assertThat(reply.getMessageID()).matches("<outbox-\\d+@inquirydesk\\.local>");
        assertThat(reply.getHeader("References", " ")).contains(firstMessageId);
        assertThat(reply.getHeader("In-Reply-To", null)).isNotBlank();
        assertThat(reply.getHeader("Auto-Submitted")).as("a person wrote the answer").isNull();
        MimeMessage acknowledgement = readInbox(customer).stream().filter(m -> body(m).contains(code + "입니다"))
                .findFirst().orElseThrow();
        assertThat(body(acknowledgement)).as("written channels hear that answers take longer, and when to expect one")
                .contains("채팅이나 전화보다").contains("까지 답변드릴 예정입니다");
        assertThat(acknowledgement.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");

        // The customer answers the answer: the client keeps the tag and the thread headers.
        MimeMessage second = mailFrom(customer, "김민수");
        second.setSubject("Re: " + reply.getSubject(), "UTF-8");
        second.setHeader("In-Reply-To", reply.getMessageID());
        second.setText("감사합니다. 다음 달 청구서에서 확인하겠습니다. 혹시 문자로도 안내받을 수 있을까요?\n\n"
                + "2026년 12월 2일 (수) 오후 3:00, 고객센터 <support@inquirydesk.local>님이 작성:\n> " + answer, "UTF-8");
        send(second);

        assertThat(poller.poll()).containsExactly(new MailIntakeService.Result(MailIntakeService.Outcome.THREADED, code));
        Task again = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(again.getId()).isNotEqualTo(respond.getId());
        assertThat(again.getAssignee()).as("the same agent continues").isEqualTo(agent);
        List<String> customerMessages = jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i "
                + "ON i.id = m.inquiry_id WHERE i.code = ? AND m.direction = 'CUSTOMER' ORDER BY m.id", String.class, code);
        assertThat(customerMessages).hasSize(2);
        assertThat(customerMessages.get(1)).contains("문자로도").doesNotContain("할인 적용");

        // A reply that names only the thread (no tag in the subject) still finds the inquiry.
        MimeMessage third = mailFrom(customer, "김민수");
        third.setSubject("추가 질문", "UTF-8");
        third.setHeader("References", firstMessageId + " " + reply.getMessageID());
        third.setText("영수증도 다시 받을 수 있을까요?", "UTF-8");
        send(third);
        assertThat(poller.poll()).containsExactly(new MailIntakeService.Result(MailIntakeService.Outcome.THREADED, code));
    }

    @Test
    void koreanMailInLegacyEncodingsReadsCorrectly() throws Exception {
        String eucKr = TestInquiries.uniqueEmail("euc-kr");
        MimeMessage legacy = new MimeMessage(Session.getInstance(new Properties()));
        legacy.setFrom(new InternetAddress(eucKr, "박지성", "EUC-KR"));
        legacy.setRecipients(Message.RecipientType.TO, mail.supportAddress());
        legacy.setSubject("환불 요청드립니다 (주문 1234)", "EUC-KR");
        legacy.setText("지난주에 주문한 운동화가 작아서 반품하고 환불받고 싶습니다.", "EUC-KR");
        legacy.setHeader("Content-Transfer-Encoding", "quoted-printable");
        send(legacy);
        assertThat(new String(raw(legacy), StandardCharsets.US_ASCII)).contains("=?EUC-KR?").contains("charset=EUC-KR");

        String iso2022 = TestInquiries.uniqueEmail("iso-2022-kr");
        MimeMessage older = new MimeMessage(Session.getInstance(new Properties()));
        older.setFrom(new InternetAddress(iso2022));
        older.setRecipients(Message.RecipientType.TO, mail.supportAddress());
        older.setHeader("Subject", "=?ISO-2022-KR?B?" + java.util.Base64.getEncoder()
                .encodeToString("배송 문의".getBytes("ISO-2022-KR")) + "?=");
        older.setText("택배가 아직 도착하지 않았습니다.", "ISO-2022-KR");
        older.setHeader("Content-Transfer-Encoding", "7bit");
        send(older);

        String html = TestInquiries.uniqueEmail("html");
        MimeMessage htmlOnly = mailFrom(html, null);
        htmlOnly.setSubject("=?UTF-8?Q?=EB=A1=9C=EA=B7=B8=EC=9D=B8_=EC=98=A4=EB=A5=98?=");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent("<html><body><p>로그인이 <b>안 됩니다</b>.</p><div>비밀번호를 바꿨는데도 같습니다.</div>"
                + "<script>alert(1)</script></body></html>", "text/html; charset=UTF-8");
        alternative.addBodyPart(htmlPart);
        htmlOnly.setContent(alternative);
        send(htmlOnly);

        List<MailIntakeService.Result> results = poller.poll();
        assertThat(results).extracting(MailIntakeService.Result::outcome).containsOnly(MailIntakeService.Outcome.OPENED);
        Map<String, Object> first = inquiryOf(eucKr);
        assertThat(first).containsEntry("SUBJECT", "환불 요청드립니다 (주문 1234)").containsEntry("NAME", "박지성");
        assertThat((String) first.get("BODY")).isEqualTo("지난주에 주문한 운동화가 작아서 반품하고 환불받고 싶습니다.");
        Map<String, Object> second = inquiryOf(iso2022);
        assertThat(second).containsEntry("SUBJECT", "배송 문의");
        assertThat((String) second.get("BODY")).isEqualTo("택배가 아직 도착하지 않았습니다.");
        Map<String, Object> third = inquiryOf(html);
        assertThat(third).containsEntry("SUBJECT", "로그인 오류");
        assertThat((String) third.get("BODY")).isEqualTo("로그인이 안 됩니다.\n비밀번호를 바꿨는데도 같습니다.");
    }

    @Test
    void rawUtf8HeadersReadAsUtf8() {
        String address = TestInquiries.uniqueEmail("smtputf8");
        byte[] raw = ("From: 홍길동 <" + address + ">\r\nTo: " + mail.supportAddress() + "\r\nSubject: 배송 문의\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n택배가 아직 안 왔어요\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(intake.take(raw).outcome()).isEqualTo(MailIntakeService.Outcome.OPENED);
        assertThat(inquiryOf(address)).containsEntry("NAME", "홍길동").containsEntry("SUBJECT", "배송 문의")
                .containsEntry("BODY", "택배가 아직 안 왔어요");
    }

    @Test
    void autoRepliesAndBouncesOpenNothing() throws Exception {
        String vacation = TestInquiries.uniqueEmail("vacation");
        MimeMessage outOfOffice = mailFrom(vacation, null);
        outOfOffice.setSubject("부재중: [INQ-20261202-000001] 문의가 접수되었습니다", "UTF-8");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.setText("12월 10일까지 휴가 중입니다.", "UTF-8");
        send(outOfOffice);

        String legacyAuto = TestInquiries.uniqueEmail("x-autoreply");
        MimeMessage old = mailFrom(legacyAuto, null);
        old.setSubject("자동 응답", "UTF-8");
        old.setHeader("X-Autoreply", "yes");
        old.setText("자리에 없습니다.", "UTF-8");
        send(old);

        String daemon = "mailer-daemon@" + "bounce.example.kr";
        MimeMessage bounce = mailFrom(daemon, null);
        bounce.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.");
        report.addBodyPart(human);
        bounce.setContent(report);
        send(bounce);

        assertThat(poller.poll()).extracting(MailIntakeService.Result::outcome)
                .containsExactly(MailIntakeService.Outcome.AUTOMATIC_IGNORED, MailIntakeService.Outcome.AUTOMATIC_IGNORED,
                        MailIntakeService.Outcome.AUTOMATIC_IGNORED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email IN (?, ?, ?)", Integer.class,
                vacation, legacyAuto, daemon)).isZero();
    }

    @Test
    void unreadableOrOversizedMailIsQuarantinedForSupervisors() throws Exception {
        MimeMessage noSender = new MimeMessage(Session.getInstance(new Properties()));
        noSender.setRecipients(Message.RecipientType.TO, mail.supportAddress());
        noSender.setSubject("보낸 사람 없음", "UTF-8");
        noSender.setText("누가 보냈을까요", "UTF-8");
        send(noSender, "nobody@example.kr");

        String big = TestInquiries.uniqueEmail("big");
        MimeMessage tooLong = mailFrom(big, null);
        tooLong.setSubject("아주 긴 메일", "UTF-8");
        tooLong.setText("가".repeat(25_000), "UTF-8");
        send(tooLong);

        List<MailIntakeService.Result> results = poller.poll();
        assertThat(results).extracting(MailIntakeService.Result::outcome)
                .containsExactly(MailIntakeService.Outcome.QUARANTINED, MailIntakeService.Outcome.QUARANTINED);

        ApiClient api = new ApiClient(port);
        ApiClient.Response list = api.get("/api/v1/staff/mail-quarantine", "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("subject")).contains("보낸 사람 없음", "아주 긴 메일");
        assertThat(list.json().findValuesAsText("reason")).anyMatch(reason -> reason.contains("보낸 사람"))
                .anyMatch(reason -> reason.contains("20000자"));
        long id = list.json().get(0).get("id").asLong();
        ApiClient.Response raw = api.get("/api/v1/staff/mail-quarantine/" + id + "/raw",
                "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.contentType()).startsWith("message/rfc822");
        assertThat(api.get("/api/v1/staff/mail-quarantine", "Authorization", ApiClient.basicAuth("kim", "demo")).status())
                .as("agents do not see quarantined mail").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email = ?", Integer.class, big)).isZero();
    }

    private Map<String, Object> inquiryOf(String email) {
        return jdbc.queryForMap("SELECT i.subject, i.body, c.name FROM inquiry i JOIN customer c ON c.id = i.customer_id "
                + "WHERE c.email = ?", email);
    }

    private MimeMessage mailFrom(String address, String name) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(name == null ? new InternetAddress(address) : new InternetAddress(address, name, "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, mail.supportAddress());
        return message;
    }

    private void send(MimeMessage message) throws Exception {
        send(message, ((InternetAddress) message.getFrom()[0]).getAddress());
    }

    /** Over SMTP to the embedded server, as a customer's mail program would. */
    private void send(MimeMessage message, String envelopeFrom) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
        settings.put("mail.smtp.from", envelopeFrom);
        message.saveChanges();
        Session session = Session.getInstance(settings);
        try (jakarta.mail.Transport smtp = session.getTransport("smtp")) {
            smtp.connect();
            smtp.sendMessage(message, message.getAllRecipients());
        }
    }

    private static byte[] raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    /** The customer's mailbox over IMAP, logging in with the address as user and password. */
    private List<MimeMessage> readInbox(String address) throws Exception {
        return CustomerMailbox.read(mailServer.imapPort(), address);
    }

    private static String body(MimeMessage message) {
        return CustomerMailbox.text(message);
    }
}
