package com.flextime.infra.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Calendar feed tokens (decisions.md D60). Calendar apps subscribe to a URL and cannot send a header, so a VIEWER
 * gets a URL carrying a token that can read one thing: the iCalendar feed of one team in one schedule. It is a JWT
 * signed with the service's key ({@link JwtSecret}) like bearer tokens, but typed {@code feed+jwt}, with the
 * audience {@value #AUDIENCE}, no roles, and the schedule and team as claims. The bearer decoder refuses that type
 * and audience, and the feed's decoder accepts nothing else, so neither kind of token passes for the other.
 */
@Component
public class FeedTokens {

    public static final String AUDIENCE = "flextime-feed";
    static final JOSEObjectType TYPE = new JOSEObjectType("feed+jwt");
    static final String SCHEDULE = "schedule";
    static final String TEAM = "team";
    /** The one path a feed token opens; the team in it ends in ".ics". */
    static final Pattern FEED_PATH = Pattern.compile("/v2/schedules/([^/]+)/feeds/([^/]+)\\.ics");

    /** A signed feed token and when it stops working. */
    public record FeedToken(String token, Instant expiresAt) {
    }

    private final SecretKey key;
    private final Duration validFor;
    private final JwtDecoder decoder;

    public FeedTokens(@Value("${flextime.jwt.secret:}") String secret,
                      @Value("${flextime.feeds.valid-for:365d}") Duration validFor) {
        this.key = JwtSecret.key(secret);
        this.validFor = validFor;
        // Explicitly typed (RFC 8725, 3.11): only "feed+jwt" here, and the bearer decoder's default refuses that type.
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                        new DefaultJOSEObjectTypeVerifier<>(TYPE)))
                .build();
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(Roles.ISSUER),
                new JwtClaimValidator<java.util.List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE)),
                new JwtClaimValidator<String>(SCHEDULE, v -> v != null && !v.isBlank()),
                new JwtClaimValidator<String>(TEAM, v -> v != null && !v.isBlank())));
        this.decoder = nimbus;
    }

    /** A token for {@code subject} (the VIEWER who asked) that reads the feed of {@code team} in the schedule. */
    public FeedToken issue(String subject, String scheduleId, String team) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(validFor);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(Roles.ISSUER)
                .audience(AUDIENCE)
                .claim(SCHEDULE, scheduleId)
                .claim(TEAM, team)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(TYPE).build(), claims);
        try {
            jwt.sign(new MACSigner(key.getEncoded()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign feed token", e);
        }
        return new FeedToken(jwt.serialize(), expiresAt);
    }

    /** Checks signature, issuer, expiry, audience and claims; the feed chain's only decoder. */
    JwtDecoder decoder() {
        return decoder;
    }

    /** A feed token opens a GET of the feed it names, nothing else. */
    static boolean opens(Jwt token, String method, String path) {
        Matcher feed = FEED_PATH.matcher(path);
        return "GET".equals(method) && feed.matches()
                && feed.group(1).equals(token.getClaimAsString(SCHEDULE))
                && feed.group(2).equals(token.getClaimAsString(TEAM));
    }

    /** For the bearer decoder: a feed token is no bearer token, whatever it could otherwise pass for. */
    static OAuth2TokenValidator<Jwt> notAFeedToken() {
        OAuth2Error error = new OAuth2Error("invalid_token", "a feed token only reads its calendar feed", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.failure(error) : OAuth2TokenValidatorResult.success();
    }
}
