package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow guessing down without handing strangers a way to lock someone out for good:
 * the account waits at most a minute, the guessing address gets 429 after a burst of failures.
 * Each test guesses from its own loopback address, so the other tests' logins are not slowed.
 */
@IntegrationTest
class LoginThrottlingIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    record Answer(int status, String head) {
        long retryAfter() {
            return head.lines().filter(l -> l.toLowerCase().startsWith("retry-after:"))
                    .mapToLong(l -> Long.parseLong(l.substring(12).trim())).findFirst().orElse(-1);
        }
    }

    /**
     * A GET sent from another loopback address. java.net.http cannot choose its source address on Java 17,
     * so this speaks plain HTTP/1.1 over a socket bound to it.
     */
    private Answer from(String sourceAddress, String path, String authorization) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(sourceAddress), 0)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Authorization: " + authorization + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            return new Answer(Integer.parseInt(head.split(" ")[1]), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void tenWrongPasswordsDelayTheAccountForAtMostAMinuteAndNeverLockItForGood() {
        String victim = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(victim);
        user.setPassword("Right-Passw0rd!");
        ((IdentityServiceImpl) identity).saveUser(user, true);

        for (int i = 0; i < 10; i++) {
            assertThat(from("127.0.0.3", "/engine-rest/task?maxResults=1", ApiClient.basicAuth(victim, "guess-" + i)).status)
                    .isEqualTo(401);
        }

        UserEntity locked = (UserEntity) identity.createUserQuery().userId(victim).singleResult();
        assertThat(locked.getLockExpirationTime()).isBefore(Date.from(Instant.now().plusSeconds(61)));
        Date afterTheDelay = Date.from(locked.getLockExpirationTime().toInstant().plusSeconds(1));
        try {
            ClockUtil.setCurrentTime(afterTheDelay);
            assertThat(identity.checkPassword(victim, "Right-Passw0rd!"))
                    .as("the owner gets in once the delay is over; no administrator is needed").isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void anAddressThatKeepsGuessingWaitsWithRetryAfterWhileOthersLogInNormally() {
        for (int i = 0; i < 20; i++) {
            assertThat(from("127.0.0.2", "/engine-rest/task?maxResults=1", ApiClient.basicAuth("nobody-" + i, "wrong")).status)
                    .isEqualTo(401);
        }
        Answer refused = from("127.0.0.2", "/api/v1/voc/items", ApiClient.basicAuth("choi", "demo"));
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.head).containsIgnoringCase("content-type: application/problem+json");
        assertThat(refused.retryAfter()).isBetween(1L, 60L);

        assertThat(new ApiClient(port).get("/api/v1/voc/items", "Authorization", ApiClient.basicAuth("choi", "demo")).status())
                .isEqualTo(200);
    }
}
