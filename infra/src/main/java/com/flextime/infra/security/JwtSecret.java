package com.flextime.infra.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key that signs and checks bearer tokens. {@code FLEXTIME_JWT_SECRET} (at least 32 bytes) sets it; the
 * built-in default is for local use only, and the service says so in its log when it runs with it.
 */
public final class JwtSecret {

    public static final String ENV = "FLEXTIME_JWT_SECRET";
    public static final String LOCAL_DEFAULT = "flextime-local-development-key-do-not-use-in-production";

    private JwtSecret() {
    }

    public static String resolve(String configured) {
        String secret = configured == null || configured.isBlank() ? LOCAL_DEFAULT : configured;
        if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException(ENV + " must be at least 32 bytes long for HS256");
        }
        return secret;
    }

    public static SecretKey key(String secret) {
        return new SecretKeySpec(resolve(secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
