package com.flextime.infra.stream;

import com.flextime.projection.relay.CloudEventWriter;
import com.flextime.projection.relay.EventStreamPublisher;
import com.flextime.projection.relay.OutgoingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka target: one topic for all sports, one record per event, CloudEvents Kafka binding in
 * structured mode (the value is the whole CloudEvent JSON, header {@code content-type:
 * application/cloudevents+json}). The key is the schedule id, so a schedule's events share a partition and keep
 * their order there; the producer is idempotent with {@code acks=all}, so a retried send neither reorders nor
 * duplicates within a session. {@link #publish} sends the whole batch, then waits for every acknowledgement.
 */
public class KafkaPublisher implements EventStreamPublisher, AutoCloseable {

    public static final String CONTENT_TYPE = CloudEventWriter.CONTENT_TYPE;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Duration timeout;

    public KafkaPublisher(Producer<String, byte[]> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /**
     * A producer for {@code bootstrapServers}: idempotent, {@code acks=all}, and bounded in time so a broker that
     * is away fails the batch (the relay retries) instead of blocking the processor's thread for minutes.
     */
    public static Producer<String, byte[]> producer(String bootstrapServers, Duration timeout,
                                                    Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "flextime-relay");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // ordered per partition even across retries (idempotence allows up to 5 in flight with order kept)
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int millis = (int) timeout.toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        // delivery.timeout.ms must be at least linger.ms + request.timeout.ms
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis + 5);
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public synchronized void publish(List<OutgoingEvent> batch) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutgoingEvent event : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), event.cloudEvent());
            record.headers().add(new RecordHeader("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            sent.add(producer.send(record));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused an event of the batch: " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge " + batch.size() + " events within "
                        + timeout, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
