package com.flextime.infra.stream;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis for the relay: the server named by {@code FLEXTIME_REDIS_URL}, or else an embedded one under the data
 * directory. Only when the relay targets Redis (the default).
 */
@Configuration
@ConditionalOnExpression(RedisConfig.REDIS_TARGETED)
public class RedisConfig {

    static final String REDIS_TARGETED = "${flextime.relay.enabled:true} and '${flextime.relay.targets:redis}'"
            + ".contains('redis')";

    private static final Logger LOG = LoggerFactory.getLogger(RedisConfig.class);

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${flextime.redis.url:}'.isBlank()")
    EmbeddedRedis embeddedRedis(@Value("${flextime.data-dir}") String dataDir,
                                @Value("${flextime.redis.embedded-port:0}") int port) {
        EmbeddedRedis redis = new EmbeddedRedis(Path.of(dataDir), port);
        LOG.info("Embedded Redis on {} (its URL is in {}/redis.url)", redis.url(), dataDir);
        return redis;
    }

    /**
     * Fails fast while Redis is away (no queueing of commands in the client, which could replay them later out of
     * the relay's control), and reconnects every half second, so the relay resumes as soon as Redis is back.
     */
    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(Optional<EmbeddedRedis> embedded, @Value("${flextime.redis.url:}") String url,
                            @Value("${flextime.redis.timeout:5s}") Duration timeout) {
        String target = embedded.map(EmbeddedRedis::url).orElse(url);
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.constant(Duration.ofMillis(500)))
                .build();
        RedisClient client = RedisClient.create(resources, RedisURI.create(target));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        return client;
    }
}
