package com.inquirydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.voc.weekly.WeeklyVocReportService;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance benchmark of issue "measured against the bare engine in one run": the whole service on
 * MariaDB, driven over HTTP by a thread pool, every workload next to a baseline measured in the same run.
 * Not part of {@code ./mvnw verify} (the name matches neither test pattern); run it with {@code ./mvnw -Pbench verify}
 * (see README, Performance). {@code -Dbench.scale} scales every data volume (1 = the figures).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"inquiry-desk.rate-limit.enabled=false", "logging.level.org.camunda.bpm.engine.jobexecutor=WARN",
                // Free ports for the embedded mail server: other builds may run on the same machine.
                "inquiry-desk.mail.embedded.smtp-port=0", "inquiry-desk.mail.embedded.imap-port=0"})
// The demo logins (admin, kim, choi) drive the staff side, as in the MariaDB integration tests.
@ActiveProfiles({"mariadb", "demo"})
class InquiryDeskBenchmark {

    static final String BASELINE_TASK_PROCESS = "benchStartToTask";
    static final String BASELINE_TASK = "Task_BenchBaseline";
    static final String BASELINE_TIMER_PROCESS = "benchOneTimer";
    static final String BASELINE_TIMER = "Event_BenchTimer";
    static final String RESPOND_TASK = "Task_RespondToInquiry";
    static final String BREACH_TIMER = "BoundaryEvent_ResponseSlaBreached";
    static final String[] CATEGORIES = {"BILLING", "GENERAL", "RETURN", "TECHNICAL", "CONTRACT", "ACCOUNT"};
    static final int REPORT_YEAR = 2025;
    /** The week (Monday, Asia/Seoul) of the mining workload's answers; no other data lies there. */
    static final LocalDate COMMENT_WEEK = LocalDate.of(2024, 6, 3);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers subjects and picks categories round robin across all client threads. */
    private static final AtomicInteger SENT = new AtomicInteger();

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "0.01"));
    private final int repeats = Integer.getInteger("bench.repeats", 3);
    /** {@code -Dbench.workloads=W4,W5} runs only those workloads (default: all). */
    private final List<String> workloads = List.of(System.getProperty("bench.workloads", "W1,W2,W3,W4,W5").split(","));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    WeeklyVocReportService weeklyReports;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).build();
    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        report.context("date", Instant.now().toString());
        report.context("scale", scale);
        report.context("repeats", repeats);
        report.context("cpus", Runtime.getRuntime().availableProcessors());
        report.context("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.context("database", jdbc.queryForObject("SELECT VERSION()", String.class));
        report.context("historyLevel", "full");
        report.context("workloads", String.join(",", workloads));
        deployBaselines();

        if (selected("W1")) {
            intakeBurst();
        }
        if (selected("W3")) {
            backlogQueries();
        }
        if (selected("W4")) {
            reports();
        }
        if (selected("W2")) {
            timers();
        }
        if (selected("W5")) {
            footprint();
        }

        report.context("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.write(Path.of("target", "bench", "results.json"));
        System.out.println();
        System.out.println("Inquiry Desk benchmark, scale " + scale + ", " + repeats + " repeats (medians; min–max of repeats)");
        System.out.print(report.table());
        System.out.println("written to target/bench/results.json");
    }

    private boolean selected(String workload) {
        return workloads.contains(workload);
    }

    // ---------------------------------------------------------------- W1

    private void intakeBurst() {
        int perRound = Math.max(30, (int) Math.round(600 * scale));
        // Warm-up: both paths, not measured.
        throughputRound(4, perRound / 2, this::postInquiry, RESPOND_TASK);
        throughputRound(4, perRound / 2, this::startBaseline, BASELINE_TASK);
        for (int clients : new int[] {1, 4, 16}) {
            Samples service = new Samples();
            Samples baseline = new Samples();
            int errors = 0;
            for (int r = 0; r < repeats; r++) {
                Round b = throughputRound(clients, perRound, this::startBaseline, BASELINE_TASK);
                Round s = throughputRound(clients, perRound, this::postInquiry, RESPOND_TASK);
                baseline.add(b.perSecond());
                service.add(s.perSecond());
                errors += s.errors() + b.errors();
            }
            report.add(new BenchReport.Row("W1", "intake throughput, " + clients + " client(s), to respond task", "req/s",
                    service.median(), service.min(), service.max(), baseline.median(), baseline.min(), baseline.max(),
                    clients == 16 ? "≥ 0.5 × baseline, 0 errors" : "0 errors",
                    errors == 0 && (clients != 16 || service.median() >= 0.5 * baseline.median())));
        }
        double rate = 50;
        Duration length = Duration.ofMillis(Math.max(4000, (long) (20_000 * scale)));
        fixedRate(rate, Duration.ofSeconds(2), this::postInquiry);
        fixedRate(rate, Duration.ofSeconds(2), this::startBaseline);
        Samples service = new Samples();
        Samples baseline = new Samples();
        AtomicInteger errors = new AtomicInteger();
        for (int r = 0; r < repeats; r++) {
            fixedRate(rate, length, this::startBaseline).into(baseline, errors);
            fixedRate(rate, length, this::postInquiry).into(service, errors);
        }
        for (int p : new int[] {50, 95, 99}) {
            report.add(new BenchReport.Row("W1", "intake latency p" + p + " at 50 req/s (POST answered)", "ms",
                    service.percentile(p), Double.NaN, Double.NaN, baseline.percentile(p), Double.NaN, Double.NaN,
                    p == 99 ? "< 150 ms, 0 errors" : null, p != 99 || (service.percentile(99) < 150 && errors.get() == 0)));
        }
        report.context("w1RequestsPerRound", perRound);
        report.context("w1FixedRateErrors", errors.get());
    }

    record Round(int requests, int errors, double seconds) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /** {@code clients} threads send {@code requests} in total; the round ends when every user task exists. */
    private Round throughputRound(int clients, int requests, IntSupplier call, String taskKey) {
        long tasksBefore = tasks(taskKey);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    int status = call.getAsInt();
                    if (status / 100 != 2) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        workers.forEach(this::join);
        pool.shutdown();
        long expected = tasksBefore + requests - errors.get();
        awaitUntil(() -> tasks(taskKey) >= expected, Duration.ofSeconds(300), 20);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Round(requests, errors.get(), seconds);
    }

    record Latencies(Samples millis, int errors) {
        void into(Samples all, AtomicInteger allErrors) {
            allErrors.addAndGet(errors);
            // Percentiles are over every request of every repeat.
            millis.copyInto(all);
        }
    }

    /**
     * Open-loop load: a request is due every 1/rate seconds whatever the answers do, and its latency counts
     * from when it was due, so a slow answer cannot hide the queue it causes.
     */
    private Latencies fixedRate(double rate, Duration length, IntSupplier call) {
        int count = (int) (rate * length.toMillis() / 1000);
        Samples millis = new Samples();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long interval = (long) (1e9 / rate);
        List<Future<?>> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            clock.schedule(() -> sent.add(senders.submit(() -> {
                int status = call.getAsInt();
                millis.add((System.nanoTime() - due) / 1e6);
                if (status / 100 != 2) {
                    errors.incrementAndGet();
                }
            })), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        awaitTermination(clock);
        new ArrayList<>(sent).forEach(this::join);
        senders.shutdown();
        return new Latencies(millis, errors.get());
    }

    private int postInquiry() {
        int n = SENT.incrementAndGet();
        String category = CATEGORIES[n % CATEGORIES.length];
        String body = """
                {"channel":"WEB","customer":{"email":"bench-%s@example.kr","name":"벤치"},"category":"%s",
                 "subject":"결제 문의 %d","body":"지난달 요금이 두 번 청구된 것 같아요. 확인 부탁드립니다."}"""
                .formatted(UUID.randomUUID(), category, n);
        return post("/api/v1/inquiries", body, null);
    }

    private int startBaseline() {
        return post("/engine-rest/process-definition/key/" + BASELINE_TASK_PROCESS + "/start",
                "{\"businessKey\":\"B1-" + UUID.randomUUID() + "\"}", basic("admin", "admin"));
    }

    // ---------------------------------------------------------------- W3

    private void backlogQueries() {
        int target = (int) Math.round(Integer.getInteger("bench.backlog", (int) Math.round(100_000 * scale)));
        long open = openInquiries();
        int missing = (int) Math.max(0, target - open);
        if (missing > 0) {
            // Preloaded through the intake API itself (the service's own path), 16 clients, not measured.
            throughputRound(16, missing, this::postInquiry, RESPOND_TASK);
        }
        // The queries are measured on a settled backlog, not beside the acknowledgement and routing jobs and the
        // notices of the preload (or of W1's last requests) that are still running.
        report.context("w3SettledAfterSeconds", settle(Duration.ofMinutes(10)));
        report.context("w3OpenInquiries", openInquiries());
        report.context("w3RespondTasks", tasks(RESPOND_TASK));
        String kim = basic("kim", "demo");
        String mine = filterId("My inquiries");
        String queue = filterId("My groups' queue");
        // One of kim's groups' inquiries: another group's is not found for kim (404).
        String code = jdbc.queryForObject("SELECT MAX(code) FROM inquiry WHERE status = 'OPEN'"
                + " AND candidate_group IN ('agents-general', 'agents-billing')", String.class);
        query("my inquiries, first page of 50", () -> get("/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=50", kim),
                () -> jdbc.queryForList("SELECT * FROM ACT_RU_TASK WHERE ASSIGNEE_ = 'kim' ORDER BY CREATE_TIME_ DESC LIMIT 50").size());
        query("my inquiries, count", () -> get("/engine-rest/filter/" + mine + "/count", kim),
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ASSIGNEE_ = 'kim'", Long.class).intValue());
        String groupTasks = " FROM ACT_RU_TASK t WHERE EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_"
                + " AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN ('agents-general', 'agents-billing'))";
        query("my groups' queue, first page of 50", () -> get("/engine-rest/filter/" + queue + "/list?firstResult=0&maxResults=50", kim),
                () -> jdbc.queryForList("SELECT t.*" + groupTasks + " ORDER BY t.CREATE_TIME_ DESC LIMIT 50").size());
        query("my groups' queue, count", () -> get("/engine-rest/filter/" + queue + "/count", kim),
                () -> jdbc.queryForObject("SELECT COUNT(*)" + groupTasks, Long.class).intValue());
        // The staff inquiry search: measured once the endpoint exists (it answers 200 to an agent).
        String search = "/api/v1/staff/inquiries?q=" + java.net.URLEncoder.encode("결제", StandardCharsets.UTF_8)
                + "&page=0&size=50";
        if (get(search, kim) == 200) {
            query("staff inquiry search q=결제, first page of 50", () -> get(search, kim),
                    () -> jdbc.queryForList("SELECT i.id, i.code, i.subject FROM inquiry i WHERE i.candidate_group IN"
                            + " ('agents-general', 'agents-billing') AND (i.subject LIKE '%결제%' OR i.body LIKE '%결제%')"
                            + " ORDER BY i.created_at DESC LIMIT 50").size());
        } else {
            report.context("w3StaffSearch", "GET /api/v1/staff/inquiries?q= not available: not measured");
        }
        query("staff inquiry view (one inquiry)", () -> get("/api/v1/staff/inquiries/" + code, kim),
                () -> jdbc.queryForList("SELECT i.*, c.* FROM inquiry i JOIN customer c ON c.id = i.customer_id"
                        + " LEFT JOIN inquiry_message m ON m.inquiry_id = i.id WHERE i.code = ?", code).size());
    }

    private void query(String name, IntSupplier service, Supplier<Integer> baseline) {
        int warmUp = 10;
        int runs = Math.max(30, 20 * repeats);
        for (int i = 0; i < warmUp; i++) {
            assertThat(service.getAsInt()).as(name).isEqualTo(200);
            baseline.get();
        }
        Samples s = new Samples();
        Samples b = new Samples();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            baseline.get();
            b.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            assertThat(service.getAsInt()).as(name).isEqualTo(200);
            s.add((System.nanoTime() - t0) / 1e6);
        }
        report.add(new BenchReport.Row("W3", name + " p50", "ms", s.median(), s.min(), s.max(), b.median(), b.min(), b.max(),
                null, true));
        report.add(new BenchReport.Row("W3", name + " p95", "ms", s.percentile(95), Double.NaN, Double.NaN,
                b.percentile(95), Double.NaN, Double.NaN, "≤ 100 ms", s.percentile(95) <= 100));
    }

    private String filterId(String namePart) {
        for (JsonNode filter : json(getBody("/engine-rest/filter?resourceType=Task", basic("admin", "admin")))) {
            if (filter.get("name").asText().equals(namePart)) {
                return filter.get("id").asText();
            }
        }
        throw new IllegalStateException("no Tasklist filter named like " + namePart);
    }

    // ---------------------------------------------------------------- W4

    private void reports() {
        int answers = (int) Math.round(1_000_000 * scale);
        preloadYear(answers);
        String choi = basic("choi", "demo");
        LocalDateTime from = LocalDateTime.of(REPORT_YEAR, 1, 1, 0, 0);
        LocalDateTime to = from.plusYears(1);
        Samples s = new Samples();
        Samples b = new Samples();
        String kpis = "/api/v1/reports/kpis?from=" + REPORT_YEAR + "-01-01&to=" + REPORT_YEAR + "-12-31&groupBy=category";
        assertThat(get(kpis, choi)).isEqualTo(200);
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            jdbc.queryForList("SELECT i.category, COUNT(*) AS answers, AVG(s.csat), AVG(s.ces),"
                            + " SUM(CASE WHEN s.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN s.nps <= 6 THEN 1 ELSE 0 END),"
                            + " AVG(TIMESTAMPDIFF(MINUTE, i.created_at, i.first_response_at))"
                            + " FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                            + " WHERE s.answered_at >= ? AND s.answered_at < ? GROUP BY i.category",
                    Timestamp.valueOf(from), Timestamp.valueOf(to));
            b.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            assertThat(get(kpis, choi)).isEqualTo(200);
            s.add((System.nanoTime() - t0) / 1e6);
        }
        report.add(new BenchReport.Row("W4", "KPI report for a year (" + answers + " answers)", "ms", s.median(), s.min(),
                s.max(), b.median(), b.min(), b.max(), "≤ 2000 ms", s.median() <= 2000));
        report.context("w4SurveyAnswers", answers);

        // The weekly VOC report of a week of that year, with all the year's answers in the table.
        LocalDate yearWeek = LocalDate.of(REPORT_YEAR, 6, 2);
        weeklyReport("weekly VOC report, a week of the year", yearWeek, "≤ 5000 ms", 5000);
        // Keyword mining: a week whose answers carry 100,000 × scale comments, all mined for the top keywords.
        int comments = (int) Math.round(100_000 * scale);
        preloadCommentWeek(comments);
        weeklyReport("weekly VOC report mining " + comments + " comments", COMMENT_WEEK, "≤ 30000 ms", 30_000);
        report.context("w4MinedComments", comments);
    }

    /** Compiles the weekly report of {@code weekStart} through the service (as the Monday timer does). */
    private void weeklyReport(String name, LocalDate weekStart, String target, double limitMillis) {
        LocalDateTime from = weekStart.atStartOfDay().minusHours(9);
        LocalDateTime to = from.plusWeeks(1);
        long inWeek = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE answered_at >= ? AND answered_at < ?",
                Long.class, from, to);
        Samples s = new Samples();
        Samples b = new Samples();
        weeklyReports.compile(weekStart);
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            jdbc.queryForList("SELECT i.category, COUNT(*), SUM(s.csat), SUM(s.ces), SUM(CASE WHEN s.nps >= 9 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.csat <= 2 OR s.nps <= 6 THEN 1 ELSE 0 END), COUNT(s.comment), SUM(LENGTH(s.comment))"
                    + " FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                    + " WHERE s.answered_at >= ? AND s.answered_at < ? GROUP BY i.category", from, to);
            b.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            weeklyReports.compile(weekStart);
            s.add((System.nanoTime() - t0) / 1e6);
        }
        report.add(new BenchReport.Row("W4", name + " (" + inWeek + " answers in the week)", "ms", s.median(), s.min(),
                s.max(), b.median(), b.min(), b.max(), target, s.median() <= limitMillis));
    }

    /**
     * The documented bulk path for the mining workload: {@code comments} closed inquiries of the week of
     * {@link #COMMENT_WEEK} (codes {@code BEC-n}) with one answer each, whose comments are combined from a few
     * phrases (210 different sentences, as customers write them). Runs once per database.
     */
    private void preloadCommentWeek(int comments) {
        long present = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE code LIKE 'BEC-%'", Long.class);
        if (present >= comments) {
            return;
        }
        insertClosedInquiries("BEC-", present, comments, COMMENT_WEEK.atStartOfDay().minusHours(9),
                6.0 * 24 * 3600 / comments, "INTERVAL 3 HOUR");
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, comment, answered_at)"
                + " SELECT i.id, i.assignee, 1 + i.id % 5, 1 + i.id % 7, i.id % 11,"
                + " CONCAT(ELT(1 + i.id % 7, '환불이', '결제가', '배송이', '앱 로그인이', '상담 연결이', '포인트 적립이', '계약 해지가'),"
                + " ' ', ELT(1 + (i.id DIV 7) % 6, '너무 늦어요', '자꾸 오류가 나요', '안 돼요', '헷갈려요', '빨라서 좋았어요',"
                + " '친절하게 안내받았어요'), ' ', ELT(1 + (i.id DIV 42) % 5, '확인 부탁드립니다', '다음에도 이용할게요', '정말 짜증나요',"
                + " 'ㅠㅠ 답답합니다', '감사합니다')),"
                + " i.resolved_at + INTERVAL 1 HOUR FROM inquiry i LEFT JOIN survey_response s ON s.inquiry_id = i.id"
                + " WHERE i.code LIKE 'BEC-%' AND s.id IS NULL");
    }

    /**
     * The documented bulk path for report data: closed inquiries of {@link #REPORT_YEAR} with one survey answer
     * each, inserted by SQL (MariaDB's sequence engine) into the service's own tables. Runs once per database.
     */
    private void preloadYear(int answers) {
        long present = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE code LIKE 'BEN-%'", Long.class);
        if (present >= answers) {
            return;
        }
        insertClosedInquiries("BEN-", present, answers, LocalDateTime.of(REPORT_YEAR, 1, 1, 0, 0),
                365.0 * 24 * 3600 / answers, "INTERVAL 3 DAY");
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, retention, product_experience,"
                + " online_experience, wait_time, expectations_met, comment, answered_at)"
                + " SELECT i.id, i.assignee, 1 + i.id % 5, 1 + i.id % 7, i.id % 11, 3, 4, 3, 2, 4,"
                + " ELT(1 + i.id % 4, '환불이 너무 늦어요', '상담원이 친절했어요', '앱 결제가 자꾸 오류가 나요', '요금 안내가 헷갈려요'),"
                + " i.resolved_at + INTERVAL 2 HOUR FROM inquiry i LEFT JOIN survey_response s ON s.inquiry_id = i.id"
                + " WHERE i.code LIKE 'BEN-%' AND s.id IS NULL");
    }

    /**
     * Closed inquiries {@code prefix + n} for n in [present, total), one every {@code secondsPerRow} from
     * {@code start} (UTC), answered after 40 minutes, resolved after 3 hours, closed {@code closedAfter} later,
     * inserted by SQL from MariaDB's sequence engine in batches.
     */
    private void insertClosedInquiries(String prefix, long present, long total, LocalDateTime start, double secondsPerRow,
                                       String closedAfter) {
        Long anyCustomer = jdbc.queryForObject("SELECT MIN(id) FROM customer", Long.class);
        if (anyCustomer == null) {
            // Only the report workloads selected: nobody has written in yet.
            jdbc.update("INSERT INTO customer (email, name, created_at) VALUES ('bench-preload@example.kr', '벤치', NOW())");
            anyCustomer = jdbc.queryForObject("SELECT MIN(id) FROM customer", Long.class);
        }
        long customer = anyCustomer;
        int batch = 50_000;
        for (long first = present; first < total; first += batch) {
            long last = Math.min(total, first + batch) - 1;
            jdbc.update("INSERT INTO inquiry (code, customer_id, channel, category, subject, body, priority, status, assignee,"
                    + " candidate_group, first_response_at, resolved_at, closed_at, close_reason, access_token_nonce,"
                    + " access_token_hash, created_at, updated_at)"
                    + " SELECT CONCAT('" + prefix + "', seq), ?, ELT(1 + seq % 4, 'WEB', 'EMAIL', 'CHAT', 'APP'),"
                    + " ELT(1 + seq % 6, 'BILLING', 'GENERAL', 'RETURN', 'TECHNICAL', 'CONTRACT', 'ACCOUNT'),"
                    + " '요금 문의', '요금이 두 번 나갔어요', 'NORMAL', 'CLOSED', ELT(1 + seq % 3, 'kim', 'lee', 'park'),"
                    + " 'agents-general', t + INTERVAL 40 MINUTE, t + INTERVAL 3 HOUR, t + " + closedAfter + ", 'RESOLVED',"
                    + " 'x', 'x', t, t FROM (SELECT seq, TIMESTAMP(?) + INTERVAL FLOOR(seq * ?) SECOND AS t"
                    + " FROM seq_" + first + "_to_" + last + ") s",
                    customer, start, secondsPerRow);
        }
    }

    // ---------------------------------------------------------------- W2

    private void timers() {
        int count = (int) Math.round(10_000 * scale);
        List<String> breachJobs = management.createJobQuery().activityId(BREACH_TIMER).listPage(0, count).stream()
                .map(Job::getId).toList();
        for (int i = breachJobs.size(); i < count; i++) {
            // Not enough open inquiries: more through the intake API (not measured).
            postInquiry();
        }
        // The breach timer comes with the respond task, which the intake's jobs create a moment after the POST.
        awaitUntil(() -> management.createJobQuery().activityId(BREACH_TIMER).count() >= count,
                Duration.ofSeconds(300), 200);
        List<String> inquiryJobs = management.createJobQuery().activityId(BREACH_TIMER).listPage(0, count).stream()
                .map(Job::getId).toList();
        for (int i = 0; i < count; i++) {
            runtime.createProcessInstanceByKey(BASELINE_TIMER_PROCESS).setVariable("due", Date.from(Instant.parse("2099-01-01T00:00:00Z")))
                    .execute();
        }
        List<String> baselineJobs = management.createJobQuery().processDefinitionKey(BASELINE_TIMER_PROCESS).active()
                .listPage(0, count).stream().map(Job::getId).toList();

        Instant baselineDue = dueAll(baselineJobs);
        String baselineDone = "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = '" + BASELINE_TIMER + "' AND END_TIME_ >= ?";
        TimerOutcome baseline = awaitTimers(baselineDue, baselineJobs.size(), baselineDone,
                "SELECT END_TIME_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = '" + BASELINE_TIMER + "' AND END_TIME_ >= ?");
        Instant serviceDue = dueAll(inquiryJobs);
        TimerOutcome service = awaitTimers(serviceDue, inquiryJobs.size(),
                "SELECT COUNT(*) FROM sla_event WHERE kind = 'BREACHED' AND occurred_at >= ?",
                "SELECT occurred_at FROM sla_event WHERE kind = 'BREACHED' AND occurred_at >= ?");
        report.add(new BenchReport.Row("W2", count + " due timers: all recorded after due", "s", service.allDoneSeconds(),
                Double.NaN, Double.NaN, baseline.allDoneSeconds(), Double.NaN, Double.NaN, "≤ 60 s",
                service.allDoneSeconds() <= 60));
        report.add(new BenchReport.Row("W2", "timer lateness p50", "s", service.lateness().median(), Double.NaN, Double.NaN,
                baseline.lateness().median(), Double.NaN, Double.NaN, null, true));
        report.add(new BenchReport.Row("W2", "timer lateness p95", "s", service.lateness().percentile(95), Double.NaN,
                Double.NaN, baseline.lateness().percentile(95), Double.NaN, Double.NaN, "≤ 5 s",
                service.lateness().percentile(95) <= 5));
        report.add(new BenchReport.Row("W2", "timer lateness max", "s", service.lateness().max(), Double.NaN, Double.NaN,
                baseline.lateness().max(), Double.NaN, Double.NaN, null, true));
        report.context("w2Timers", count);
    }

    record TimerOutcome(double allDoneSeconds, Samples lateness) {
    }

    /** Every given job falls due at the same moment, a few seconds from now; returns that moment. */
    private Instant dueAll(List<String> jobIds) {
        Instant due = Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jobIds.forEach(id -> management.setJobDuedate(id, Date.from(due)));
        return due;
    }

    private TimerOutcome awaitTimers(Instant due, int count, String countSql, String timesSql) {
        Timestamp since = Timestamp.valueOf(LocalDateTime.ofInstant(due, ZoneOffset.UTC));
        awaitUntil(() -> jdbc.queryForObject(countSql, Long.class, since) >= count, Duration.ofSeconds(600), 200);
        Samples lateness = new Samples();
        jdbc.query(timesSql, rs -> {
            Instant at = rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
            lateness.add(Duration.between(due, at).toMillis() / 1000.0);
        }, since);
        return new TimerOutcome(lateness.size() < count ? Double.NaN : lateness.max(), lateness);
    }

    // ---------------------------------------------------------------- W5

    private void footprint() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(200);
        }
        double heapMiB = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        long open = openInquiries();
        report.add(new BenchReport.Row("W5", "heap after GC, " + open + " open inquiries", "MiB", heapMiB, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, "≤ 1024 MiB", heapMiB <= 1024));
        long instances = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'inquiryLifecycle'",
                Long.class);
        for (String prefix : new String[] {"ACT_RU", "ACT_HI"}) {
            jdbc.execute("ANALYZE TABLE " + String.join(", ", jdbc.queryForList(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE '"
                            + prefix + "\\_%'", String.class)));
            Long bytes = jdbc.queryForObject("SELECT SUM(DATA_LENGTH + INDEX_LENGTH) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE '" + prefix + "\\_%'", Long.class);
            report.add(new BenchReport.Row("W5", (prefix.equals("ACT_RU") ? "runtime" : "history")
                    + " tables per inquiry (" + instances + " instances)", "bytes", bytes / (double) Math.max(1, instances),
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, true));
        }
    }

    // ---------------------------------------------------------------- plumbing

    private void deployBaselines() {
        BpmnModelInstance startToTask = Bpmn.createExecutableProcess(BASELINE_TASK_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask(BASELINE_TASK).camundaCandidateGroups("agents-general").endEvent().done();
        BpmnModelInstance oneTimer = Bpmn.createExecutableProcess(BASELINE_TIMER_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent(BASELINE_TIMER).timerWithDate("${due}").endEvent().done();
        repository.createDeployment().name("benchmark-baselines").enableDuplicateFiltering(true)
                .addModelInstance(BASELINE_TASK_PROCESS + ".bpmn", startToTask)
                .addModelInstance(BASELINE_TIMER_PROCESS + ".bpmn", oneTimer).deploy();
    }

    /**
     * Waits until no continuation job is left for the job executor and no notice waits in the outbox (at most
     * {@code limit}); returns the seconds waited.
     */
    private double settle(Duration limit) {
        String due = "SELECT (SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message' AND RETRIES_ > 0"
                + " AND DUEDATE_ IS NULL) + (SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING'"
                + " AND next_try_at <= ?)";
        long waited = awaitUntil(() -> jdbc.queryForObject(due, Long.class,
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))) == 0, limit, 500);
        return Math.round(waited / 1e8) / 10.0;
    }

    /** Polls every {@code pollMillis} until {@code done} or {@code limit} has passed; returns the nanoseconds waited. */
    private static long awaitUntil(BooleanSupplier done, Duration limit, long pollMillis) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            sleep(pollMillis);
        }
        return System.nanoTime() - start;
    }

    private long tasks(String taskKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ?", Long.class, taskKey);
    }

    private long openInquiries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE status IN ('RECEIVED', 'OPEN')", Long.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private int post(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request).statusCode();
    }

    private int get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                .header("Authorization", authorization).GET()).statusCode();
    }

    private String getBody(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                .header("Authorization", authorization).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void join(Future<?> future) {
        try {
            future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            executor.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
