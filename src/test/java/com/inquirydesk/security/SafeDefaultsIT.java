package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.ApiClient;
import com.inquirydesk.InquiryDeskApplication;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The {@code mariadb} profile as production starts it, without {@code demo}: no demo identity, no default
 * secret, the first administrator from Camunda's admin-user properties and the set-up page closed. The
 * database is swapped for an in-memory one (the profile's own settings, READ COMMITTED included, stay).
 */
class SafeDefaultsIT {

    private static final String ADMIN_PASSWORD = "Sicher-Passwort-2026!";

    private static final String ENGINE = "safeDefaults";

    private static ConfigurableApplicationContext production;

    @BeforeAll
    static void startWithoutDemo() {
        production = application(ENGINE)
                .properties("inquiry-desk.access-token-secret=" + UUID.randomUUID(),
                        "camunda.bpm.admin-user.id=boss", "camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "camunda.bpm.admin-user.first-name=첫", "camunda.bpm.admin-user.last-name=관리자")
                .run(arguments());
    }

    @AfterAll
    static void stop() {
        if (production != null) {
            production.close();
        }
    }

    /**
     * An engine of its own name: engines register in a JVM-wide registry by name, and closing one named
     * "default" would unregister the engine of the integration tests' shared context.
     */
    private static SpringApplicationBuilder application(String engineName) {
        return new SpringApplicationBuilder(InquiryDeskApplication.class)
                .profiles("mariadb")
                .properties("camunda.bpm.process-engine-name=" + engineName);
    }

    /**
     * As command-line arguments, so they win over application.yaml and the profile's own database; a
     * random port and a private in-memory database keep it away from everything else on the machine.
     */
    private static String[] arguments() {
        return new String[] {"--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:safe-defaults-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password="};
    }

    private ApiClient api() {
        return new ApiClient(((WebServerApplicationContext) production).getWebServer().getPort());
    }

    @Test
    void mariadbProfileAloneRefusesToStartWithoutAnAdministratorSoTheSetUpPageNeverOpens() {
        assertThatThrownBy(() -> application("withoutAdmin")
                .properties("inquiry-desk.access-token-secret=" + UUID.randomUUID()).run(arguments()).close())
                .hasStackTraceContaining("camunda.bpm.admin-user.id");
    }

    @Test
    void mariadbProfileAloneHasNoDemoIdentityAndItsAdministratorComesFromConfiguration() {
        IdentityService identity = production.getBean(IdentityService.class);
        assertThat(production.getBean(Environment.class).getActiveProfiles()).containsExactly("mariadb");
        assertThat(identity.createUserQuery().userIdIn("admin", "kim", "lee", "park", "choi", "jung", "han").count()).isZero();
        assertThat(identity.checkPassword("boss", ADMIN_PASSWORD)).isTrue();
        assertThat(identity.createUserQuery().userId("boss").memberOfGroup("camunda-admin").count()).isOne();

        ApiClient api = api();
        assertThat(api.get("/engine-rest/engine/" + ENGINE + "/task?maxResults=1", "Authorization", ApiClient.basicAuth("admin", "admin")).status())
                .isEqualTo(401);
        assertThat(api.get("/engine-rest/engine/" + ENGINE + "/task?maxResults=1", "Authorization", ApiClient.basicAuth("boss", ADMIN_PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void theCamundaAdminSetUpEndpointIsClosed() {
        ApiClient.Response setup = api().post("/camunda/api/admin/setup/" + ENGINE + "/user/create",
                "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"a\",\"lastName\":\"b\",\"email\":\"x@example.kr\"},"
                        + "\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}");
        assertThat(setup.status()).as(setup.body()).isGreaterThanOrEqualTo(400);
        assertThat(production.getBean(IdentityService.class).createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void weakPasswordsAreRefusedByThePasswordPolicy() {
        IdentityService identity = production.getBean(IdentityService.class);
        var user = identity.newUser("weak-" + UUID.randomUUID().toString().substring(0, 8));
        user.setPassword("demo");
        assertThatThrownBy(() -> identity.saveUser(user)).hasMessageContaining("does not match policy");
    }
}
