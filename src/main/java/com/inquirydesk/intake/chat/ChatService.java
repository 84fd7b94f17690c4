package com.inquirydesk.intake.chat;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.AccessTokens;
import com.inquirydesk.intake.channel.ChannelIntake;
import com.inquirydesk.intake.channel.ChannelProof;
import com.inquirydesk.notification.ChannelProblem;
import com.inquirydesk.system.TimeSource;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The menu bot. Numbered categories in the configured order; {@code 0} reaches a person from any point;
 * anything it does not understand gets a short help and the menu again; an upset customer gets an
 * apology and the {@code 0} hint. A category and a question, or {@code 0}, open an inquiry with the whole
 * transcript, after which the customer's lines go to the agent and the agent's answers come back here.
 */
@Service
public class ChatService {

    static final String AGENT = "0";
    private static final int SUBJECT_WORDS = 40;

    private final ChatSessionRepository sessions;
    private final ChatMessageRepository messages;
    private final ChannelIntake intake;
    private final InquiryRepository inquiries;
    private final KoreanTextAnalysis text;
    private final ChatProperties properties;
    private final TimeSource time;

    public ChatService(ChatSessionRepository sessions, ChatMessageRepository messages, ChannelIntake intake,
                       InquiryRepository inquiries, KoreanTextAnalysis text,
                       ChatProperties properties, TimeSource time) {
        this.sessions = sessions;
        this.messages = messages;
        this.intake = intake;
        this.inquiries = inquiries;
        this.text = text;
        this.properties = properties;
        this.time = time;
    }

    public record Opened(String id, String token, List<ChatMessage> messages) {
    }

    public record Exchange(ChatSession session, String inquiryCode, List<ChatMessage> messages) {
    }

    @Transactional
    public Opened open() {
        String token = AccessTokens.newToken();
        ChatSession session = sessions.save(new ChatSession(UUID.randomUUID().toString(), AccessTokens.hash(token),
                time.now()));
        List<ChatMessage> said = new ArrayList<>();
        said.add(add(session, ChatMessage.Author.BOT, "안녕하세요, 고객센터 채팅 상담입니다.\n" + menu()));
        return new Opened(session.getId(), token, said);
    }

    /** The customer writes; returns every line added by this turn (the customer's own line first). */
    @Transactional
    public Exchange write(String sessionId, String token, String text) {
        ChatSession session = authorised(sessionId, token, true);
        String input = text.strip();
        int before = messages.lastSeq(sessionId);
        add(session, ChatMessage.Author.CUSTOMER, input);
        switch (session.getState()) {
            case CLOSED -> comeBack(session, input);
            case WITH_AGENT -> toAgent(session, input);
            case MENU -> atMenu(session, input);
            case AWAITING_QUESTION -> question(session, input);
        }
        session.touch(time.now());
        return new Exchange(session, code(session), messages.findBySessionIdAndSeqGreaterThanOrderBySeqAsc(sessionId, before));
    }

    @Transactional(readOnly = true)
    public Exchange since(String sessionId, String token, int after) {
        ChatSession session = authorised(sessionId, token, false);
        return new Exchange(session, code(session), messages.findBySessionIdAndSeqGreaterThanOrderBySeqAsc(sessionId, after));
    }

    private void atMenu(ChatSession session, String input) {
        if (input.equals(AGENT)) {
            handOver(session, null);
            return;
        }
        Optional<Category> chosen = choice(input);
        if (chosen.isPresent()) {
            session.chose(chosen.get());
            add(session, ChatMessage.Author.BOT, "[" + chosen.get().label() + "] 궁금하신 내용을 적어 주세요. "
                    + "상담원이 바로 필요하시면 0을 입력해 주세요.");
        } else if (text.discomfort(input)) {
            apologise(session);
        } else {
            add(session, ChatMessage.Author.BOT, "번호를 입력해 주시면 알맞은 상담으로 안내해 드려요. 예: 1\n"
                    + "원하는 분야가 없으면 0을 입력해 상담원과 이야기하실 수 있습니다.\n" + menu());
        }
    }

    private void question(ChatSession session, String input) {
        if (input.equals(AGENT)) {
            handOver(session, session.getCategory());
            return;
        }
        if (text.discomfort(input)) {
            add(session, ChatMessage.Author.BOT, "불편을 드려 정말 죄송합니다. 말씀하신 내용을 상담원이 직접 살펴보겠습니다.");
        }
        handOver(session, session.getCategory());
    }

    private void apologise(ChatSession session) {
        add(session, ChatMessage.Author.BOT, "불편을 드려 정말 죄송합니다. 0을 입력하시면 바로 상담원에게 연결해 드립니다.\n"
                + menu());
    }

    private void toAgent(ChatSession session, String input) {
        Inquiry inquiry = inquiries.findById(session.getInquiryId()).orElseThrow();
        if (!inquiry.getStatus().isActive() && inquiry.getStatus() != InquiryStatus.RESOLVED) {
            session.backToMenu();
            add(session, ChatMessage.Author.BOT, "문의 " + inquiry.getCode() + "은(는) 이미 종료되었습니다. "
                    + "새로 상담하시려면 번호를 골라 주세요.\n" + menu());
            return;
        }
        intake.reply(ChannelProof.chatSession(session.getId()), inquiry, Channel.CHAT, input);
    }

    private void comeBack(ChatSession session, String input) {
        if (session.getInquiryId() != null) {
            session.handedOver(session.getInquiryId());
            toAgent(session, input);
            if (session.getState() == ChatSession.State.WITH_AGENT) {
                add(session, ChatMessage.Author.BOT, "다시 오셨네요. 남겨 주신 말씀을 담당 상담원에게 전달했습니다.");
            }
            return;
        }
        session.backToMenu();
        if (input.equals(AGENT)) {
            handOver(session, null);
        } else {
            add(session, ChatMessage.Author.BOT, "다시 오셨네요.\n" + menu());
        }
    }

    /** Opens the inquiry with everything said so far; the acknowledgement then arrives through the outbox. */
    private void handOver(ChatSession session, Category category) {
        List<ChatMessage> transcript = messages.findBySessionIdOrderBySeqAsc(session.getId());
        String customerWords = transcript.stream().filter(m -> m.getAuthor() == ChatMessage.Author.CUSTOMER)
                .map(ChatMessage::getText).filter(t -> !t.equals(AGENT) && choice(t).isEmpty())
                .collect(Collectors.joining(" "));
        String subject = customerWords.isBlank()
                ? "채팅 상담 요청" + (category == null ? "" : " (" + category.label() + ")")
                : customerWords.length() > SUBJECT_WORDS ? customerWords.substring(0, SUBJECT_WORDS) + "…" : customerWords;
        String body = transcript(transcript);
        String code = intake.open(ChannelProof.chatSession(session.getId()), Channel.CHAT, null, category, subject,
                body, "chat").code();
        session.handedOver(inquiries.findByCode(code).orElseThrow().getId());
        add(session, ChatMessage.Author.BOT, "상담원에게 연결합니다. 문의 번호는 " + code + "입니다. "
                + "상담원이 이 창으로 답변드리니 창을 닫으셔도 나중에 이 번호로 다시 확인하실 수 있습니다.");
    }

    private static String transcript(List<ChatMessage> lines) {
        String text = lines.stream()
                .map(m -> (m.getAuthor() == ChatMessage.Author.CUSTOMER ? "고객: " : "챗봇: ") + m.getText())
                .collect(Collectors.joining("\n"));
        return text.length() <= ChannelIntake.BODY_LIMIT ? text : text.substring(text.length() - ChannelIntake.BODY_LIMIT);
    }

    private Optional<Category> choice(String input) {
        if (!input.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(input);
        return number >= 1 && number <= properties.menu().size()
                ? Optional.of(properties.menu().get(number - 1)) : Optional.empty();
    }

    String menu() {
        List<Category> menu = properties.menu();
        return IntStream.range(0, menu.size()).mapToObj(i -> (i + 1) + ". " + menu.get(i).label())
                .collect(Collectors.joining("\n")) + "\n0. 상담원 연결";
    }

    /** Sessions idle for too long before reaching an agent are closed with a notice saying how to come back. */
    @Transactional
    public int closeIdle() {
        Instant now = time.now();
        List<ChatSession> idle = sessions.findByStateInAndLastActivityAtBefore(
                EnumSet.of(ChatSession.State.MENU, ChatSession.State.AWAITING_QUESTION), now.minus(properties.idleTimeout()));
        for (ChatSession session : idle) {
            ChatSession locked = sessions.findLocked(session.getId()).orElseThrow();
            locked.closeIdle(now);
            add(locked, ChatMessage.Author.BOT, "한동안 입력이 없어 상담을 종료했습니다. "
                    + "다시 이야기하시려면 아무 말이나 입력해 주세요. 처음 메뉴로 안내해 드릴게요.");
        }
        return idle.size();
    }

    /** Delivery from the outbox (agent answers, notices, the survey); once per outbox row. */
    @Transactional
    public boolean deliver(String sessionId, long outboxId, ChatMessage.Author author, String text) {
        ChatSession session = sessions.findLocked(sessionId).orElse(null);
        if (session == null) {
            return false;
        }
        if (!messages.existsByOutboxId(outboxId)) {
            messages.save(new ChatMessage(sessionId, messages.lastSeq(sessionId) + 1, author, text, outboxId, time.now()));
        }
        return true;
    }

    private ChatMessage add(ChatSession session, ChatMessage.Author author, String text) {
        return messages.save(new ChatMessage(session.getId(), messages.lastSeq(session.getId()) + 1, author, text, null,
                time.now()));
    }

    private String code(ChatSession session) {
        return session.getInquiryId() == null ? null
                : inquiries.findById(session.getInquiryId()).map(Inquiry::getCode).orElse(null);
    }

    private ChatSession authorised(String sessionId, String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw new ChannelProblem(HttpStatus.UNAUTHORIZED, "chat-token-required", "채팅 토큰이 필요합니다",
                    "X-Chat-Token 헤더에 대화를 시작할 때 받은 토큰을 넣어 주세요.").withField("X-Chat-Token");
        }
        Optional<ChatSession> session = lock ? sessions.findLocked(sessionId) : sessions.findById(sessionId);
        if (session.isEmpty() || !AccessTokens.matches(token, session.get().getTokenHash())) {
            throw new ChannelProblem(HttpStatus.NOT_FOUND, "chat-session-not-found", "채팅 상담을 찾을 수 없습니다",
                    "대화 번호와 토큰이 맞는 채팅 상담이 없습니다. 새 대화를 시작해 주세요.");
        }
        return session.get();
    }
}
