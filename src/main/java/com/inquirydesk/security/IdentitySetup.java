package com.inquirydesk.security;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.intake.phone.PhoneIntake;
import com.inquirydesk.tasklist.TaskListColumns;
import com.inquirydesk.system.InquiryDeskProperties;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings identities to the state configuration describes, on every start and idempotently: the
 * groups, the demo users with their memberships and agent profiles, the authorizations that let
 * each group use its webapps and see only its own tasks, and the shared Tasklist filters.
 */
@Component
class IdentitySetup implements ApplicationRunner {

    static final String FILTER_MY_INQUIRIES = "My inquiries";
    static final String FILTER_GROUP_QUEUE = "My groups' queue";
    static final String FILTER_SLA_AT_RISK = "SLA at risk";
    static final String FILTER_ESCALATED = "Escalated";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final AgentRoster agents;
    private final InquiryDeskProperties properties;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                  TaskService tasks, AgentRoster agents, InquiryDeskProperties properties) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.agents = agents;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SupportGroups.ALL.forEach(this::ensureGroup);
        grantGroupAccess();
        if (properties.demo().enabled()) {
            properties.demo().users().forEach(this::ensureUser);
        }
        requireAnAdministrator();
        ensureFilter(FILTER_MY_INQUIRIES, "내게 배정된 문의", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(FILTER_GROUP_QUEUE, "내 그룹의 모든 문의 (배정 여부와 무관)", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        // Respond tasks carry the SLA due time as due date: anything due within the hour (or overdue) is at risk.
        ensureFilter(FILTER_SLA_AT_RISK, "답변 기한이 1시간 안에 끝나거나 이미 지난 문의", -3,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND)
                        .dueBeforeExpression("${dateTime().plusHours(1)}"));
        ensureFilter(FILTER_ESCALATED, "기한이 지나 상담 관리자의 조치를 기다리는 문의", -1,
                tasks.createTaskQuery().taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION));
    }

    /**
     * Camunda's Admin webapp offers a set-up page to create the first administrator as long as there is
     * none; whoever reached it first would own the engine. So the service does not start without one:
     * it comes from camunda.bpm.admin-user.* (environment) or already exists.
     */
    private void requireAnAdministrator() {
        if (identity.createUserQuery().memberOfGroup(SupportGroups.ADMIN).count() == 0) {
            throw new IllegalStateException("No member of " + SupportGroups.ADMIN + ": set camunda.bpm.admin-user.id and "
                    + "camunda.bpm.admin-user.password (e.g. CAMUNDA_BPM_ADMINUSER_ID / CAMUNDA_BPM_ADMINUSER_PASSWORD)");
        }
    }

    private void ensureGroup(SupportGroups.SupportGroup definition) {
        if (identity.createGroupQuery().groupId(definition.id()).singleResult() != null) {
            return;
        }
        Group group = identity.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(definition.id().equals(SupportGroups.ADMIN) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
    }

    private void ensureUser(InquiryDeskProperties.DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).singleResult() == null) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(demo.password());
            user.setEmail(demo.id() + "@inquiry-desk.local");
            // Demo passwords are published and short on purpose; the password policy guards every other account.
            ((IdentityServiceImpl) identity).saveUser(user, true);
        }
        for (String group : demo.groups()) {
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(demo.id(), group);
            }
        }
        boolean answersInquiries = SupportGroups.ALL.stream()
                .anyMatch(g -> g.agentQueue() && demo.groups().contains(g.id()));
        if (answersInquiries) {
            agents.ensureAgent(demo.id(), demo.lastName() + demo.firstName());
        }
    }

    private void grantGroupAccess() {
        for (Resource resource : Resources.values()) {
            grant(SupportGroups.ADMIN, resource, "*", Permissions.ALL);
        }
        for (SupportGroups.SupportGroup group : SupportGroups.ALL) {
            grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group.id(), Resources.GROUP, "*", Permissions.READ);
            grant(group.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        }
        // Each staff member reads their own profile (the engine grants it to new users); only those who
        // reassign work may list colleagues, so the staff directory is not open to every login.
        grant(SupportGroups.SUPERVISORS, Resources.USER, "*", Permissions.READ);
        // Agents log phone calls from Tasklist's "Start process"; that one process is all they may start.
        SupportGroups.ALL.stream().filter(SupportGroups.SupportGroup::agentQueue).forEach(agentGroup -> {
            grant(agentGroup.id(), Resources.PROCESS_DEFINITION, PhoneIntake.PROCESS_KEY,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(agentGroup.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        });
        for (String reader : List.of(SupportGroups.SUPERVISORS, SupportGroups.AUDITORS)) {
            grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(reader, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY);
            grant(reader, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            grant(reader, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grant(reader, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        // Supervisors oversee every queue: they see and reassign any task but complete only their own
        // (their own tasks come with the candidate-group permission the engine grants).
        grant(SupportGroups.SUPERVISORS, Resources.TASK, "*", Permissions.READ, Permissions.TASK_ASSIGN);
        // Earlier versions gave supervisors UPDATE on every task and every group the staff directory.
        revoke(SupportGroups.SUPERVISORS, Resources.TASK, "*", Permissions.UPDATE);
        SupportGroups.ALL.stream().map(SupportGroups.SupportGroup::id)
                .filter(id -> !id.equals(SupportGroups.SUPERVISORS) && !id.equals(SupportGroups.ADMIN))
                .forEach(id -> revoke(id, Resources.USER, "*", Permissions.READ));
    }

    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        if (authorization != null && authorization.isPermissionGranted(permission)) {
            authorization.removePermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }

    /**
     * Makes sure the group holds at least these permissions on the resource: an existing grant (from an
     * earlier version or set by hand) is widened rather than taken as proof that nothing is missing.
     */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }

    private void ensureFilter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setOwner("admin")
                    .setQuery(query)
                    .setProperties(Map.of(
                            "description", description,
                            "priority", priority,
                            "refresh", true,
                            "variables", TaskListColumns.FILTER_VARIABLES));
            filters.saveFilter(filter);
        } else if (!TaskListColumns.FILTER_VARIABLES.equals(filter.getProperties().get("variables"))) {
            // Installations set up by an earlier version get the current columns; everything else stays as it is.
            Map<String, Object> properties = new HashMap<>(filter.getProperties());
            properties.put("variables", TaskListColumns.FILTER_VARIABLES);
            filter.setProperties(properties);
            filters.saveFilter(filter);
        }
        boolean shared = authorizations.createAuthorizationQuery()
                .resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn(Authorization.ANY).count() > 0;
        if (!shared) {
            Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
    }
}
