package com.flextime.infra.cli;

import com.flextime.infra.security.JwtSecret;
import com.flextime.infra.security.Roles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * {@code token --role SCHEDULER --subject alice}: prints a bearer token signed with the same key the service
 * checks ({@code FLEXTIME_JWT_SECRET}, or the local default). Starts no Spring context, so it answers at once.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> roles = new ArrayList<>();
        String subject = "local-user";
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--role" -> roles.add(value == null ? "" : value.toUpperCase(java.util.Locale.ROOT));
                case "--subject" -> subject = value;
                case "--hours" -> hours = value == null ? -1 : Long.parseLong(value);
                default -> {
                    err.println("unknown option '" + args[i] + "'");
                    return 2;
                }
            }
            i++;
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles) || subject == null || hours <= 0) {
            err.println("usage: token --role " + String.join("|", Roles.ALL)
                    + " [--role ...] [--subject NAME] [--hours N]");
            return 2;
        }
        out.println(sign(subject, roles, Duration.ofHours(hours), System.getenv(JwtSecret.ENV)));
        return 0;
    }

    public static String sign(String subject, List<String> roles, Duration validFor, String secret) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(Roles.ISSUER)
                .claim(Roles.CLAIM, roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(JwtSecret.key(secret).getEncoded()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }
}
