package com.inquirydesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of DESIGN §2 as Spring Security authorities ("GROUP_" + Camunda group id, see
 * CamundaIdentityAuthenticationProvider), for URL rules and for checks on one inquiry.
 */
public final class StaffRoles {

    public static final String PREFIX = "GROUP_";

    /** Everyone who answers inquiries: the agent queues and tier 2. */
    public static final List<String> AGENTS = SupportGroups.ALL.stream()
            .filter(SupportGroups.SupportGroup::agentQueue).map(SupportGroups.SupportGroup::id).toList();
    public static final String SUPERVISORS = SupportGroups.SUPERVISORS;
    public static final String AUDITORS = SupportGroups.AUDITORS;
    public static final String VOC_REVIEWERS = "voc-reviewers";
    public static final String KNOWLEDGE_MANAGERS = "knowledge-managers";
    public static final String PRODUCT_TEAM = "product-team";
    public static final String PROCESS_OWNERS = SupportGroups.ADMIN;

    private StaffRoles() {
    }

    /** Authorities for URL rules: {@code authorities(AGENTS, SUPERVISORS)}. */
    public static String[] authorities(Object... groups) {
        return groups(groups).stream().map(g -> PREFIX + g).toArray(String[]::new);
    }

    /** Group ids from single groups and lists of groups: {@code groups(AGENTS, SUPERVISORS)}. */
    public static List<String> groups(Object... groups) {
        return Stream.of(groups)
                .flatMap(g -> g instanceof Collection<?> many ? many.stream() : Stream.of(g))
                .map(String::valueOf).toList();
    }

    public static Set<String> groupsOf(Authentication staff) {
        if (staff == null) {
            return Set.of();
        }
        return staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX)).map(a -> a.substring(PREFIX.length()))
                .collect(Collectors.toSet());
    }
}
