package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.infra.Api.Answer;
import com.flextime.infra.cli.TokenCommand;
import com.flextime.infra.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint: 401 without a token (or with a forged or expired one), 403 with a role that may not,
 * and neither with a role that may. The walk is checked against the application's own mappings, so a new
 * endpoint without an entry here fails the test.
 */
class AuthorizationWalkTest extends ServiceTest {

    private static final String S = "/v2/schedules/walk-missing";
    private static final String G = S + "/games/g";
    private static final String NO_ROLE = Api.token();

    record Endpoint(String method, String pattern, String path, String body, List<String> allowed,
                    List<String> refused) {
    }

    private static final List<String> READERS = List.of(VIEWER, SCHEDULER, AUDITOR, ADMIN);
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/v2/schedules", "/v2/schedules", "{}", List.of(SCHEDULER, ADMIN),
                    List.of(VIEWER, AUDITOR, NO_ROLE)),
            new Endpoint("GET", "/v2/schedules", "/v2/schedules", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schedules/{id}", S, null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schedules/{id}?asOf", S + "?asOf=2026-01-01T00:00:00Z", null,
                    List.of(AUDITOR, ADMIN), List.of(VIEWER, SCHEDULER, NO_ROLE)),
            new Endpoint("PUT", "/v2/schedules/{id}", S, "{}", List.of(SCHEDULER, ADMIN),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("DELETE", "/v2/schedules/{id}", S, null, List.of(SCHEDULER, ADMIN),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/publish", S + "/publish", null, List.of(SCHEDULER),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/games", S + "/games",
                    "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}",
                    List.of(SCHEDULER), List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/schedules/{id}/games", S + "/games", null, READERS, List.of(NO_ROLE)),
            new Endpoint("POST", "/v2/schedules/{id}/import", S + "/import", "[]", List.of(SCHEDULER, ADMIN),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/schedules/{id}/diff", S + "/diff?from=0", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schedules/{id}/metrics", S + "/metrics", null, READERS, List.of(NO_ROLE)),
            new Endpoint("POST", "/v2/schedules/{id}/games/{gameId}/move", G + "/move", "{\"date\":\"2026-01-05\"}",
                    List.of(SCHEDULER), List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/games/{gameId}/swap", G + "/swap", null, List.of(SCHEDULER),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/games/{gameId}/cancel", G + "/cancel", null,
                    List.of(SCHEDULER), List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/games/{gameId}/lock", G + "/lock", null, List.of(SCHEDULER),
                    List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/games/{gameId}/unlock", G + "/unlock", null,
                    List.of(SCHEDULER), List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/schedules/{id}/history", S + "/history", null, List.of(AUDITOR, ADMIN),
                    List.of(VIEWER, SCHEDULER)),
            new Endpoint("GET", "/v2/schedules/{id}/export", S + "/export?format=ics", null, READERS,
                    List.of(NO_ROLE)),
            new Endpoint("POST", "/v2/schedules/{id}/feeds", S + "/feeds", "{\"team\":\"KU\"}", READERS,
                    List.of(NO_ROLE)),
            // takes no bearer token at all (401 for every one): only a feed token in the query, see FeedTokenTest
            new Endpoint("GET", "/v2/schedules/{id}/feeds/{team}.ics", S + "/feeds/KU.ics", null, List.of(),
                    List.of()),
            new Endpoint("GET", "/v2/teams/{team}/calendar", "/v2/teams/KU/calendar", null, READERS,
                    List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schools", "/v2/schools", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/venues", "/v2/venues", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/sports", "/v2/sports", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/rules", "/v2/rules", null, READERS, List.of(NO_ROLE)),
            // optimization: unknown schedules, jobs and proposals, so the walk starts no search
            new Endpoint("POST", "/v2/ai/optimize", "/v2/ai/optimize", "{\"scheduleId\":\"walk-missing\"}",
                    List.of(SCHEDULER, ADMIN), List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/jobs/{id}", "/v2/jobs/walk-missing", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/jobs/{id}/events", "/v2/jobs/walk-missing/events", null, READERS,
                    List.of(NO_ROLE)),
            new Endpoint("POST", "/v2/jobs/{jobId}/cancel", "/v2/jobs/walk-missing/cancel", null,
                    List.of(SCHEDULER, ADMIN), List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/schedules/{id}/jobs", S + "/jobs", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schedules/{id}/proposals", S + "/proposals", null, READERS, List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/schedules/{id}/proposals/{proposalId}", S + "/proposals/p", null, READERS,
                    List.of(NO_ROLE)),
            new Endpoint("POST", "/v2/schedules/{id}/proposals/{proposalId}/adopt", S + "/proposals/p/adopt", null,
                    List.of(SCHEDULER, ADMIN), List.of(VIEWER, AUDITOR)),
            new Endpoint("POST", "/v2/schedules/{id}/proposals/{proposalId}/reject", S + "/proposals/p/reject", null,
                    List.of(SCHEDULER, ADMIN), List.of(VIEWER, AUDITOR)),
            new Endpoint("GET", "/v2/conflicts", "/v2/conflicts?school=BYU&open=true", null, READERS,
                    List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/admin/projections", "/v2/admin/projections", null, List.of(ADMIN),
                    List.of(VIEWER, SCHEDULER, AUDITOR)),
            new Endpoint("GET", "/v2/admin/projections/{name}", "/v2/admin/projections/none", null,
                    List.of(ADMIN), List.of(VIEWER, SCHEDULER, AUDITOR)),
            // allowed with a projection that does not exist: the walk must not rebuild the shared read model
            new Endpoint("POST", "/v2/admin/projections/{name}/rebuild", "/v2/admin/projections/none/rebuild", null,
                    List.of(ADMIN), List.of(VIEWER, SCHEDULER, AUDITOR)));

    /**
     * The GraphQL endpoint (a router function, not a controller mapping): any reader may post a query; the
     * mutations' SCHEDULER check is inside (GraphQlApiTest). A GET is refused with 405 once authenticated.
     */
    private static final List<Endpoint> ROUTED = List.of(
            new Endpoint("POST", "/v2/graphql", "/v2/graphql", "{\"query\":\"{ teams { code } }\"}", READERS,
                    List.of(NO_ROLE)),
            new Endpoint("GET", "/v2/graphql", "/v2/graphql", null, READERS, List.of(NO_ROLE)));

    /** Published contracts: anyone may read them, with no token. */
    private static final List<Endpoint> PUBLIC = List.of(
            new Endpoint("GET", "/v2/schemas/{kind:events|integration}/{name:[A-Za-z.]+}/{version:v[0-9]+\\.json}",
                    "/v2/schemas/integration/schedule.updated/v1.json", null, List.of(), List.of()));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RouterFunctionMapping routes;

    @Test
    void theWalkCoversEveryEndpointTheServiceMaps() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/v2"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream()
                                .map(m -> m.name() + " " + p
                                        + (info.getParamsCondition().getExpressions().isEmpty() ? ""
                                        : "?" + info.getParamsCondition().getExpressions().iterator().next()))))
                .collect(Collectors.toCollection(TreeSet::new));
        mapped.addAll(routed());
        Set<String> walked = java.util.stream.Stream.of(ENDPOINTS, PUBLIC, ROUTED).flatMap(List::stream)
                .map(e -> e.method() + " " + e.pattern())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(walked).isEqualTo(mapped);
    }

    /** "METHOD /path" of every /v2 route of the router functions (GraphQL's). */
    private Set<String> routed() {
        return RoutedEndpoints.of(routes).stream().filter(route -> route.contains(" /v2"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void publicEndpointsAnswerWithoutAToken() {
        for (Endpoint e : PUBLIC) {
            assertThat(api.send(e.method(), e.path(), null, e.body()).status()).as(e.path()).isEqualTo(200);
        }
    }

    @Test
    void everyEndpointAnswers401WithoutAValidToken() {
        String forged = TokenCommand.sign("mallory", List.of(Roles.ADMIN), Duration.ofHours(1),
                "another-key-that-is-at-least-32-bytes-long");
        String expired = TokenCommand.sign("tester", List.of(Roles.ADMIN), Duration.ofSeconds(-120), null);
        for (Endpoint e : java.util.stream.Stream.concat(ENDPOINTS.stream(), ROUTED.stream()).toList()) {
            for (String token : new String[] {null, forged, expired, "not-a-jwt"}) {
                Answer answer = api.send(e.method(), e.path(), token, e.body());
                assertThat(answer.status()).as(e.method() + " " + e.path()).isEqualTo(401);
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
            }
        }
    }

    @Test
    void everyEndpointAnswers403ToAWrongRoleAndLetsTheRightOneIn() {
        for (Endpoint e : java.util.stream.Stream.concat(ENDPOINTS.stream(), ROUTED.stream()).toList()) {
            for (String token : e.refused()) {
                Answer answer = api.send(e.method(), e.path(), token, e.body());
                assertThat(answer.status()).as(e.method() + " " + e.path()).isEqualTo(403);
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
            }
            for (String token : e.allowed()) {
                assertThat(api.send(e.method(), e.path(), token, e.body()).status())
                        .as(e.method() + " " + e.path()).isNotIn(401, 403);
            }
        }
    }
}
