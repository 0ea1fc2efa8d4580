package com.flextime.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feed {@code GET /v2/schedules/{id}/feeds/{team}.ics}: its own filter chain, ahead of the bearer one,
 * that takes only a feed token ({@link FeedTokens}), only as {@code ?access_token=} (calendar apps cannot send a
 * header), and lets it read only the feed it was issued for. A bearer token is not accepted here, and a feed token
 * nowhere else (decisions.md D60).
 */
@Configuration
public class FeedSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain feeds(HttpSecurity http, FeedTokens feeds, ObjectMapper json) throws Exception {
        http.securityMatcher(request -> FeedTokens.FEED_PATH.matcher(request.getRequestURI()).matches())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                                && FeedTokens.opens(token.getToken(), context.getRequest().getMethod(),
                                context.getRequest().getRequestURI()))))
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(request -> request.getParameter("access_token"))
                        .jwt(jwt -> jwt.decoder(feeds.decoder()))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            SecurityConfig.problem(response, json, HttpStatus.UNAUTHORIZED,
                                    "a valid feed token is required as ?access_token= (POST /v2/schedules/{id}/feeds"
                                            + " issues one): " + e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> SecurityConfig.problem(response, json,
                                HttpStatus.FORBIDDEN, "this feed token reads another feed")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    SecurityConfig.problem(response, json, HttpStatus.UNAUTHORIZED,
                            "a feed token is required as ?access_token= (POST /v2/schedules/{id}/feeds issues one)");
                }));
        return http.build();
    }
}
