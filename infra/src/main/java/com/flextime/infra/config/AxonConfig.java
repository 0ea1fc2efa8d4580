package com.flextime.infra.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.command.web.CommandMetadata;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.events.SchemaVersion;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event storage engine and token store (auto-configured by
 * Axon), their tables created by the PostgreSQL table factories, Jackson with ISO dates for payloads, our
 * {@link SchemaVersion} as the stored revision, and the audit metadata copied from each command to its events.
 */
@Configuration
public class AxonConfig {

    @Bean
    ConferenceCatalog conference() {
        return ConferenceCatalog.big12();
    }

    /** Spring MVC's mapper; declared because the Axon mapper below would otherwise replace it. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /** Axon's payload mapper: dates as ISO strings, so the stored events read well to people and consumers. */
    @Bean
    ObjectMapper defaultAxonObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return type -> {
            SchemaVersion version = type.getAnnotation(SchemaVersion.class);
            return version == null ? null : version.value();
        };
    }

    /** user, correlationId and reason come from the command; causationId is the command's own id. */
    @Bean
    CorrelationDataProvider auditMetadata() {
        return message -> {
            Map<String, Object> data = new HashMap<>();
            for (String key : new String[] {CommandMetadata.USER, CommandMetadata.CORRELATION_ID,
                    CommandMetadata.REASON}) {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            }
            data.put(CommandMetadata.CAUSATION_ID, message.getIdentifier());
            return data;
        };
    }

    /** Creates Axon's tables if missing, before any processor or command touches them. */
    @Bean
    InitializingBean axonSchema(EventStorageEngine engine, TokenStore tokenStore) {
        return () -> {
            ((JdbcEventStorageEngine) engine).createSchema(PostgresEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokenStore).createSchema(PostgresTokenTableFactory.INSTANCE);
        };
    }
}
