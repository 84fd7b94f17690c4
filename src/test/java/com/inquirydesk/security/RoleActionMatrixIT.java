package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's role × action matrix, row by row: every staff endpoint and page, and the engine REST
 * families Tasklist and agents use. The inquiry under test is a billing inquiry, so it belongs to kim's
 * group ({@code agents-billing}) and not to lee's.
 */
@IntegrationTest
class RoleActionMatrixIT {

    private static final List<String> STAFF = List.of("kim", "lee", "choi", "jung", "han", "admin");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** One staff action against a billing inquiry prepared for it; true when the action was carried out. */
    enum Action {
        READ_INQUIRY_JSON(false), READ_INQUIRY_PAGE(false), READ_ATTACHMENT(false),
        KPI_REPORT(false), WEEKLY_VOC_REPORT(false), VOC_ITEMS(false),
        PRODUCT_FEEDBACK_LIST(false), PRODUCT_FIX_RELEASED(false),
        ENGINE_TASK_LIST(false), ENGINE_TASK_CLAIM(true), ENGINE_TASK_COMPLETE(true), ENGINE_TASK_REASSIGN(true),
        ENGINE_PROCESS_INSTANCE(false), ENGINE_HISTORY(false), ENGINE_IDENTITY_VERIFY(false), ENGINE_USER_LIST(false),
        MERGE_POSSIBLY_SAME_CUSTOMER(true),
        LIST_INQUIRIES(false), LIST_INQUIRIES_PAGE(false), ADD_NOTE(false), CUSTOMER_HISTORY(false), CUSTOMER_PAGE(false),
        CUSTOMER_EDIT(false), OWN_AVAILABILITY(false), AGENTS_OVERVIEW(false), AGENT_CAPACITY(false),
        KB_ARTICLES_LIST(false), KB_ARTICLE_CREATE(false), KB_DESK_PAGE(false),
        READ_MANUAL_PAGE(false), START_PHONE_INTAKE(false),
        DASHBOARD_JSON(false), DASHBOARD_PAGE(false), WEEKLY_VOC_PAGE(false);

        /** Changes the task: gets an inquiry of its own. */
        final boolean mutates;

        Action(boolean mutates) {
            this.mutates = mutates;
        }
    }

    /** Who may: the README's matrix. */
    private static final Map<Action, List<String>> ALLOWED = Map.ofEntries(
            Map.entry(Action.READ_INQUIRY_JSON, List.of("kim", "choi", "han")),
            Map.entry(Action.READ_INQUIRY_PAGE, List.of("kim", "choi", "han")),
            Map.entry(Action.READ_ATTACHMENT, List.of("kim", "choi", "han")),
            Map.entry(Action.KPI_REPORT, List.of("choi", "han")),
            Map.entry(Action.WEEKLY_VOC_REPORT, List.of("choi", "han")),
            Map.entry(Action.VOC_ITEMS, List.of("choi", "han")),
            Map.entry(Action.PRODUCT_FEEDBACK_LIST, List.of("choi", "jung", "han")),
            Map.entry(Action.PRODUCT_FIX_RELEASED, List.of("jung")),
            Map.entry(Action.ENGINE_TASK_LIST, List.of("kim", "choi", "admin")),
            Map.entry(Action.ENGINE_TASK_CLAIM, List.of("kim", "admin")),
            Map.entry(Action.ENGINE_TASK_COMPLETE, List.of("kim", "admin")),
            Map.entry(Action.ENGINE_TASK_REASSIGN, List.of("kim", "choi", "admin")),
            Map.entry(Action.ENGINE_PROCESS_INSTANCE, List.of("choi", "han", "admin")),
            Map.entry(Action.ENGINE_HISTORY, List.of("choi", "han", "admin")),
            Map.entry(Action.ENGINE_IDENTITY_VERIFY, List.of("admin")),
            Map.entry(Action.ENGINE_USER_LIST, List.of("choi", "admin")),
            Map.entry(Action.MERGE_POSSIBLY_SAME_CUSTOMER, List.of("kim", "choi")),
            Map.entry(Action.LIST_INQUIRIES, List.of("kim", "lee", "choi", "han")),
            Map.entry(Action.LIST_INQUIRIES_PAGE, List.of("kim", "lee", "choi", "han")),
            Map.entry(Action.ADD_NOTE, List.of("kim", "choi")),
            Map.entry(Action.CUSTOMER_HISTORY, List.of("kim", "choi", "han")),
            Map.entry(Action.CUSTOMER_PAGE, List.of("kim", "choi", "han")),
            Map.entry(Action.CUSTOMER_EDIT, List.of("choi")),
            Map.entry(Action.OWN_AVAILABILITY, List.of("kim", "lee")),
            Map.entry(Action.AGENTS_OVERVIEW, List.of("choi")),
            Map.entry(Action.AGENT_CAPACITY, List.of("choi")),
            Map.entry(Action.KB_ARTICLES_LIST, List.of("choi")),
            Map.entry(Action.KB_ARTICLE_CREATE, List.of("choi")),
            Map.entry(Action.KB_DESK_PAGE, List.of("choi")),
            Map.entry(Action.READ_MANUAL_PAGE, List.of("kim", "lee", "choi")),
            Map.entry(Action.START_PHONE_INTAKE, List.of("kim", "lee", "admin")),
            Map.entry(Action.DASHBOARD_JSON, List.of("choi", "han")),
            Map.entry(Action.DASHBOARD_PAGE, List.of("choi", "han")),
            Map.entry(Action.WEEKLY_VOC_PAGE, List.of("choi", "han")));

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            for (String user : STAFF) {
                rows.add(Arguments.of(user, action, ALLOWED.get(action).contains(user)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staff")
    void engineRestListsArePagedForEveryone(String user) {
        String[] login = {"Authorization", ApiClient.basicAuth(user, "admin".equals(user) ? "admin" : "demo")};
        assertThat(api.get("/engine-rest/task?maxResults=2147483647", login).status()).isEqualTo(400);
        assertThat(api.get("/engine-rest/task?firstResult=0&maxResults=100", login).status()).isEqualTo(200);
    }

    static Stream<String> staff() {
        return STAFF.stream();
    }

    private static String sharedCode;

    @ParameterizedTest(name = "{0} {1} → allowed={2}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatTheMatrixSays(String user, Action action, boolean allowed) {
        String code = action.mutates ? newBillingInquiry() : sharedInquiry();
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        if (action == Action.ENGINE_TASK_CLAIM) {
            tasks.setAssignee(task.getId(), null);
        }
        assertThat(perform(user, action, code, task)).as("%s %s", user, action).isEqualTo(allowed);
    }

    private String sharedInquiry() {
        if (sharedCode == null) {
            sharedCode = newBillingInquiry();
        }
        return sharedCode;
    }

    private String newBillingInquiry() {
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("matrix"), "WEB",
                "BILLING", "결제 영수증 요청", "지난달 결제 영수증을 받을 수 있을까요?"));
        TOKENS.put(created.get("code").asText(), created.get("accessToken").asText());
        return created.get("code").asText();
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Long> ATTACHMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A photo the customer sent with the inquiry, uploaded once per inquiry. */
    private long attachmentOf(String code) {
        return ATTACHMENTS.computeIfAbsent(code, c -> {
            var upload = com.inquirydesk.attachment.TestFiles.upload(port, "/api/v1/inquiries/" + c + "/attachments",
                    TOKENS.get(c), "file", "영수증.png", com.inquirydesk.attachment.TestFiles.png());
            assertThat(upload.status()).as(upload.body()).isEqualTo(201);
            return Long.parseLong(upload.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        });
    }

    private boolean perform(String user, Action action, String code, Task task) {
        String[] login = {"Authorization", ApiClient.basicAuth(user, "admin".equals(user) ? "admin" : "demo")};
        return switch (action) {
            case READ_INQUIRY_JSON -> refusedAs(api.get("/api/v1/staff/inquiries/" + code, login), 404);
            case READ_INQUIRY_PAGE -> refusedAs(api.get("/desk/inquiries/" + code, login), 404);
            case READ_ATTACHMENT -> refusedAs(api.get("/desk/inquiries/" + code + "/attachments/" + attachmentOf(code), login), 404);
            case KPI_REPORT -> refusedAs(api.get("/api/v1/reports/kpis?from=2026-11-01&to=2026-11-30", login), 403);
            // No such report: a reader gets 404, anyone else 403.
            case WEEKLY_VOC_REPORT -> refusedAs(api.get("/api/v1/reports/weekly-voc/987654321", login), 403);
            case VOC_ITEMS -> refusedAs(api.get("/api/v1/voc/items", login), 403);
            case PRODUCT_FEEDBACK_LIST -> refusedAs(api.get("/api/v1/product-feedback", login), 403);
            case PRODUCT_FIX_RELEASED -> refusedAs(api.post("/api/v1/product-feedback/NO-SUCH-FEATURE/fix-released",
                    "{\"release\":\"2026.12\"}", login), 403);
            case ENGINE_TASK_LIST -> !api.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + code, login).json().isEmpty();
            case ENGINE_TASK_CLAIM -> refusedAs(api.post("/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + user + "\"}", login), 403);
            case ENGINE_TASK_COMPLETE -> refusedAs(api.post("/engine-rest/task/" + task.getId() + "/complete",
                    "{\"variables\":{\"outcome\":{\"value\":\"replied\"},\"reply\":{\"value\":\"영수증을 메일로 보내드렸습니다.\"}}}",
                    login), 403);
            case ENGINE_TASK_REASSIGN -> refusedAs(api.post("/engine-rest/task/" + task.getId() + "/assignee",
                    "{\"userId\":\"lee\"}", login), 403);
            case ENGINE_PROCESS_INSTANCE ->
                    !api.get("/engine-rest/process-instance?maxResults=50&businessKey=" + code, login).json().isEmpty();
            case ENGINE_HISTORY -> api.get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + code,
                    login).json().get("count").asLong() > 0;
            case ENGINE_IDENTITY_VERIFY -> refusedAs(api.post("/engine-rest/identity/verify",
                    "{\"username\":\"kim\",\"password\":\"demo\"}", login), 403);
            case MERGE_POSSIBLY_SAME_CUSTOMER -> refusedAs(mergePossiblySameCustomer(code, login), 403);
            case LIST_INQUIRIES -> refusedAs(api.get("/api/v1/staff/inquiries?size=1", login), 403);
            case LIST_INQUIRIES_PAGE -> refusedAs(api.get("/desk/inquiries?size=1", login), 403);
            case ADD_NOTE -> refusedAs(api.post("/api/v1/staff/inquiries/" + code + "/notes",
                    "{\"body\":\"역할 확인용 메모\"}", login), 404);
            case CUSTOMER_HISTORY -> refusedAs(api.get("/api/v1/staff/customers/" + customerOf(code) + "/history", login), 404);
            case CUSTOMER_PAGE -> refusedAs(api.get("/desk/customers/" + customerOf(code), login), 404);
            // Sets the tier the customer already has: carried out or refused, nothing changes.
            case CUSTOMER_EDIT -> refusedAs(api.patch("/api/v1/staff/customers/" + customerOf(code), "{\"tier\":\"STANDARD\"}",
                    login), 403);
            case OWN_AVAILABILITY -> refusedAs(api.get("/api/v1/staff/me/availability", login), 403);
            case AGENTS_OVERVIEW -> refusedAs(api.get("/api/v1/staff/agents", login), 403);
            // An impossible capacity: a supervisor gets 400 (carried out as far as the role goes), anyone else 403.
            case AGENT_CAPACITY -> refusedAs(api.put("/api/v1/staff/agents/kim/capacity", "{\"capacity\":-1}", login), 403);
            case ENGINE_USER_LIST -> {
                JsonNode users = api.get("/engine-rest/user?maxResults=50", login).json();
                yield users.findValuesAsText("id").stream().anyMatch(id -> !id.equals(user));
            }
            case KB_ARTICLES_LIST -> refusedAs(api.get("/api/v1/staff/kb/articles?status=DRAFT", login), 403);
            // An empty article: a knowledge manager is told what is missing (400), anyone else is refused.
            case KB_ARTICLE_CREATE -> refusedAs(api.post("/api/v1/staff/kb/articles", "{}", login), 403);
            case KB_DESK_PAGE -> refusedAs(api.get("/desk/kb", login), 403);
            case READ_MANUAL_PAGE -> refusedAs(api.get("/desk/manual?q=" + java.net.URLEncoder.encode("환불",
                    java.nio.charset.StandardCharsets.UTF_8), login), 403);
            // What Tasklist's "Start process" lists: the definitions this user may start.
            case START_PHONE_INTAKE -> !api.get("/engine-rest/process-definition?key=phoneInquiryIntake"
                    + "&latestVersion=true&startablePermissionCheck=true", login).json().isEmpty();
            case DASHBOARD_JSON -> refusedAs(api.get("/api/v1/reports/dashboard", login), 403);
            case DASHBOARD_PAGE -> refusedAs(api.get("/desk/dashboard", login), 403);
            // No such week: a reader gets 404, anyone else 403.
            case WEEKLY_VOC_PAGE -> refusedAs(api.get("/desk/reports/weekly/987654321", login), 403);
        };
    }

    /**
     * A second billing inquiry that only claims the first one's e-mail is linked as possibly the same customer;
     * merging its customer into the first one's is the action.
     */
    private ApiClient.Response mergePossiblySameCustomer(String code, String[] login) {
        String email = jdbc.queryForObject("SELECT c.email FROM customer c JOIN inquiry i ON i.customer_id = c.id "
                + "WHERE i.code = ?", String.class, code);
        String claim = TestInquiries.create(api, TestInquiries.request(email, "EMAIL", "BILLING", "영수증 재발급",
                "영수증을 다시 받을 수 있나요?")).get("code").asText();
        TestInquiries.awaitRouted(jdbc, claim);
        Map<String, Object> link = jdbc.queryForMap("SELECT l.candidate_id, l.customer_id FROM possible_same_customer l "
                + "JOIN inquiry i ON i.id = l.inquiry_id WHERE i.code = ?", claim);
        return api.post("/api/v1/staff/customers/" + link.get("CANDIDATE_ID") + "/merge",
                "{\"from\":" + link.get("CUSTOMER_ID") + "}", login);
    }

    private long customerOf(String code) {
        return jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);
    }

    /** Carried out (2xx, or a domain answer such as 404 for a missing report) unless refused with the given status. */
    private static boolean refusedAs(ApiClient.Response response, int refusal) {
        assertThat(response.status()).as(response.body()).isNotIn(401, 500);
        if (response.status() == refusal || response.status() == 403) {
            return false;
        }
        return true;
    }
}
