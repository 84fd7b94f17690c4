package com.inquirydesk;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Integration tests run on H2 by default and on MariaDB when the build is given -Dit.mariadb=true (CI does),
 * always with the {@code demo} profile: tests log in as the demo staff and use its published token secret.
 */
public class DatabaseProfiles implements ActiveProfilesResolver {

    public static boolean onMariaDb() {
        return Boolean.getBoolean("it.mariadb");
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {onMariaDb() ? "mariadb" : "h2mem", "demo"};
    }
}
