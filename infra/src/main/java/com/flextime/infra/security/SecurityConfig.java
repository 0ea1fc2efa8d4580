package com.flextime.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.infra.live.LiveConfig;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Bearer JWTs (HS256) on every /v2 endpoint. Reads need VIEWER, commands SCHEDULER, history and "as of"
 * AUDITOR, projection admin ADMIN; the role hierarchy lets SCHEDULER and AUDITOR read and ADMIN do all. Calendar
 * feeds have their own chain and token ({@link FeedSecurityConfig}); this chain refuses feed tokens.
 * 401 and 403 answer in problem+json like every other error. {@code POST /v2/graphql} needs VIEWER; its mutations
 * ask for SCHEDULER with method security ({@code @PreAuthorize}), answered as a GraphQL error FORBIDDEN.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /** The GraphQL endpoint ({@code spring.graphql.path}). */
    public static final String GRAPHQL = "/v2/graphql";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher asOf = request -> HttpMethod.GET.matches(request.getMethod())
                && request.getParameter("asOf") != null
                && request.getRequestURI().matches("/v2/schedules/[^/]+");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v2/schemas/**").permitAll()
                        // the GraphiQL page (only when spring.graphql.graphiql.enabled): its queries need a token
                        .requestMatchers(HttpMethod.GET, "/graphiql").permitAll()
                        .requestMatchers(HttpMethod.POST, GRAPHQL).hasRole(Roles.VIEWER)
                        .requestMatchers("/v2/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, LiveConfig.PATH).hasRole(Roles.VIEWER)
                        .requestMatchers(HttpMethod.GET, "/v2/schedules/*/history").hasRole(Roles.AUDITOR)
                        .requestMatchers(asOf).hasRole(Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/v2/**").hasRole(Roles.VIEWER)
                        // asking for a calendar feed link is a read: it changes nothing, it signs a feed token
                        .requestMatchers(HttpMethod.POST, "/v2/schedules/*/feeds").hasRole(Roles.VIEWER)
                        .requestMatchers("/v2/schedules", "/v2/schedules/**").hasRole(Roles.SCHEDULER)
                        .requestMatchers(HttpMethod.POST, "/v2/ai/optimize", "/v2/jobs/*/cancel")
                        .hasRole(Roles.SCHEDULER)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(bearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problem(response, json, HttpStatus.UNAUTHORIZED,
                                    "a valid bearer token is required: " + e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> problem(response, json, HttpStatus.FORBIDDEN,
                                "your roles do not allow " + request.getMethod() + " " + request.getRequestURI())))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    problem(response, json, HttpStatus.UNAUTHORIZED, "a bearer token is required");
                }));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Roles.HIERARCHY);
    }

    @Bean
    JwtDecoder jwtDecoder(@Value("${flextime.jwt.secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            LOG.warn("No {} set: tokens are checked with the built-in local key. Set it before going live.",
                    JwtSecret.ENV);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(JwtSecret.key(secret))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(Roles.ISSUER), FeedTokens.notAFeedToken()));
        return decoder;
    }

    /**
     * The {@code Authorization: Bearer} header everywhere; on the WebSocket handshake ({@value LiveConfig#PATH})
     * also {@code ?access_token=}, since browsers cannot set headers on a WebSocket. Only there: a token in a URL
     * can end up in logs and histories (decisions.md D57).
     */
    static BearerTokenResolver bearerTokens() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        return request -> LiveConfig.PATH.equals(request.getRequestURI())
                ? headerOrQuery.resolve(request) : header.resolve(request);
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Roles.CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", problem.getType().toString(),
                "title", status.getReasonPhrase(), "status", status.value(), "detail", detail));
    }
}
