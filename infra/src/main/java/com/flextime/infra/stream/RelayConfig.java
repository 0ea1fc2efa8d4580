package com.flextime.infra.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.projection.relay.CloudEventWriter;
import com.flextime.projection.relay.EventStreamPublisher;
import com.flextime.projection.relay.LiveListener;
import com.flextime.projection.relay.RelayDelivery;
import com.flextime.projection.relay.RelayState;
import com.flextime.projection.relay.StreamRelay;
import com.flextime.projection.relay.VenueZones;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stream relay ({@code flextime.relay.enabled}, on by default) and its targets ({@code flextime.relay.targets}:
 * {@code redis}, {@code kafka} or both).
 */
@Configuration
@ConditionalOnProperty(name = "flextime.relay.enabled", havingValue = "true", matchIfMissing = true)
public class RelayConfig {

    static final String KAFKA_TARGETED = "${flextime.relay.enabled:true} and '${flextime.relay.targets:redis}'"
            + ".contains('kafka')";

    @Bean
    VenueZones venueZones(ConferenceCatalog conference) {
        return conference::zoneOf;
    }

    @Bean
    RelayState relayState(JdbcTemplate jdbc, VenueZones zones) {
        return new RelayState(jdbc, zones);
    }

    @Bean
    CloudEventWriter cloudEventWriter(@Qualifier("defaultAxonObjectMapper") ObjectMapper json,
                                      @Value("${flextime.events.source:/flextime/big12}") URI source,
                                      @Value("${flextime.public-url:http://localhost:8080}") String publicUrl) {
        return new CloudEventWriter(json, source, publicUrl.replaceAll("/+$", "") + "/v2/schemas/");
    }

    @Bean
    RelayDelivery relayDelivery(List<EventStreamPublisher> targets, List<LiveListener> listeners,
                                @Value("${flextime.relay.retry-for:20s}") Duration retryFor) {
        if (targets.isEmpty()) {
            throw new IllegalStateException("flextime.relay.targets names no known target (redis, kafka)");
        }
        return new RelayDelivery(targets, listeners, retryFor, Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    @Bean
    StreamRelay streamRelay(RelayState state, CloudEventWriter writer, RelayDelivery delivery) {
        return new StreamRelay(state, writer, delivery);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(RedisConfig.REDIS_TARGETED)
    RedisStreamPublisher redisStreamPublisher(RedisClient client,
                                              @Value("${flextime.relay.redis.stream-prefix:flextime:events:}")
                                              String prefix,
                                              @Value("${flextime.relay.redis.retention:7d}") Duration retention,
                                              @Value("${flextime.relay.redis.max-length:0}") long maxLength,
                                              @Value("${flextime.redis.timeout:5s}") Duration timeout) {
        return new RedisStreamPublisher(client, prefix, retention, maxLength, timeout, Clock.systemUTC());
    }

    /** Kafka when {@code flextime.relay.targets} names it: the producer connects lazily, so startup never waits. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(KAFKA_TARGETED)
    KafkaPublisher kafkaPublisher(@Value("${flextime.kafka.bootstrap-servers:localhost:9092}") String servers,
                                  @Value("${flextime.relay.kafka.topic:flextime.events}") String topic,
                                  @Value("${flextime.kafka.timeout:10s}") Duration timeout) {
        return new KafkaPublisher(KafkaPublisher.producer(servers, timeout, Map.of()), topic, timeout);
    }
}
