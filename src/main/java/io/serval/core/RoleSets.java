package io.serval.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who may do what: every set of roles that guards something is named here once, as a Spring Security
 * expression, and used by that name everywhere else:
 * <ul>
 * <li>services and controllers: {@code @PreAuthorize(RoleSets.AGREEMENT_DRAFTERS)};</li>
 * <li>templates: {@code th:if="${@currentUser.isIn('AGREEMENT_DRAFTERS')}"};</li>
 * <li>code: {@code currentUser.satisfies(RoleSets.AGREEMENT_DRAFTERS)}.</li>
 * </ul>
 * A module may give a set a local name for its purpose ({@code EDITORS = RoleSets.SERVICE_LEVEL_MANAGERS}), but
 * never spell the roles again.
 */
public final class RoleSets {

    public static final String ADMINISTRATORS = "hasRole('ADMIN')";

    /** Keep the catalog and the calendars, approve and publish agreements. */
    public static final String SERVICE_LEVEL_MANAGERS = "hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')";

    /** Draft and revise agreements. */
    public static final String AGREEMENT_DRAFTERS = "hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER','AGREEMENT_MAINTAINER')";

    /** Record what a customer requires of a service. */
    public static final String REQUIREMENT_EDITORS = "hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER','BUSINESS_RELATIONSHIP_MANAGER')";

    /** Read the audit log. */
    public static final String AUDITORS = "hasAnyRole('ADMIN','MANAGEMENT_REPRESENTATIVE')";

    /** Work tickets: take, assign, escalate, resolve, write internal notes. */
    public static final String DESK_STAFF = "hasAnyRole('ADMIN','AGENT','DUTY_MANAGER','ENGINEER','SERVICE_LEVEL_MANAGER')";

    /** Watch unaccepted and rejected tickets and major incidents; push or reassign them. */
    public static final String DUTY_MANAGERS = "hasAnyRole('ADMIN','DUTY_MANAGER')";

    /** Raise tickets: the desk, and customers for their own organisation. */
    public static final String TICKET_RAISERS = "hasAnyRole('ADMIN','AGENT','DUTY_MANAGER','ENGINEER','SERVICE_LEVEL_MANAGER','CUSTOMER')";

    /** Outsiders: they see only their own organisation's records. */
    public static final String CUSTOMERS_AND_PROVIDERS = "hasAnyRole('CUSTOMER','PROVIDER')";

    /** The service provider's own people: everyone who is not a customer or provider. */
    public static final String STAFF = "!" + CUSTOMERS_AND_PROVIDERS;

    private static final Map<String, String> BY_NAME = Arrays.stream(RoleSets.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .collect(Collectors.toUnmodifiableMap(Field::getName, RoleSets::value));

    private RoleSets() {
    }

    /** The expression of the set with this name ("AGREEMENT_DRAFTERS"), for templates that can only name it. */
    public static String named(String name) {
        String expression = BY_NAME.get(name);
        if (expression == null) {
            throw new IllegalArgumentException("No role set named " + name + "; known: " + BY_NAME.keySet());
        }
        return expression;
    }

    public static Map<String, String> all() {
        return BY_NAME;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
