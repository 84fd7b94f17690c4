package com.inquirydesk;

import org.springframework.test.context.ActiveProfilesResolver;

/** Integration tests run on H2 by default and on MariaDB when the build is given -Dit.mariadb=true (CI does). */
public class DatabaseProfiles implements ActiveProfilesResolver {

    public static boolean onMariaDb() {
        return Boolean.getBoolean("it.mariadb");
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {onMariaDb() ? "mariadb" : "h2mem"};
    }
}
