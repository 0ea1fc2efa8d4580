package com.flextime.infra.security;

import java.util.List;

/** The roles a token can carry (claim {@code roles}). ADMIN includes the others; SCHEDULER and AUDITOR can read. */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String SCHEDULER = "SCHEDULER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final List<String> ALL = List.of(VIEWER, SCHEDULER, AUDITOR, ADMIN);
    public static final String CLAIM = "roles";
    public static final String ISSUER = "flextime";

    /** In Spring Security's notation: a role on the left includes every role on its right. */
    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_SCHEDULER
            ROLE_ADMIN > ROLE_AUDITOR
            ROLE_SCHEDULER > ROLE_VIEWER
            ROLE_AUDITOR > ROLE_VIEWER""";

    private Roles() {
    }
}
