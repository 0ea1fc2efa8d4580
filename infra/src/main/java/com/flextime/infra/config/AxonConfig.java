package com.flextime.infra.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.command.SeasonScheduleAggregate;
import com.flextime.command.optimization.ProposalExpiry;
import com.flextime.command.web.CommandMetadata;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.events.SchemaVersion;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * Spring MVC's mapper; declared because the Axon mapper below would otherwise replace it. Strict about
     * unknown fields, so a misspelt field ("dat") is a 400 naming it rather than silently ignored.
     */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.failOnUnknownProperties(true).build();
    }

    /** Axon's payload mapper: dates as ISO strings, so the stored events read well to people and consumers. */
    @Bean
    ObjectMapper defaultAxonObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /** {@code flextime.aggregate-cache=none} turns it off, to measure what it saves (bench api). */
    @Bean(SeasonScheduleAggregate.CACHE)
    Cache seasonScheduleCache(@Value("${flextime.aggregate-cache:weak}") String kind) {
        return "none".equals(kind) ? NoCache.INSTANCE : new WeakReferenceCache();
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

    /**
     * A projection handler that fails stops its processor, which retries with back-off, instead of Axon's
     * default of logging and skipping the event: a read model must not drift silently.
     */
    @Bean
    ConfigurerModule failingProjectionsRetry() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** flextime.proposals.expire-after: how long a proposal stays open (default 7 days). */
    @Bean
    ProposalExpiry proposalExpiry(@Value("${flextime.proposals.expire-after:7d}") java.time.Duration after) {
        return new ProposalExpiry(after);
    }

    /** Sagas (the optimization jobs) are stored in PostgreSQL with its own column types. */
    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /** Creates Axon's tables if missing, before any processor or command touches them. */
    @Bean
    InitializingBean axonSchema(EventStorageEngine engine, TokenStore tokenStore, SagaStore<?> sagaStore) {
        return () -> {
            ((JdbcEventStorageEngine) engine).createSchema(PostgresEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokenStore).createSchema(PostgresTokenTableFactory.INSTANCE);
            try {
                ((JdbcSagaStore) sagaStore).createSchema();
            } catch (java.sql.SQLException e) {
                // already there: the schema calls are CREATE TABLE without IF NOT EXISTS
            }
        };
    }
}
