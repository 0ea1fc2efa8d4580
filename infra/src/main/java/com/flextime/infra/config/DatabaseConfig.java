package com.flextime.infra.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL holds the event store (Axon's tables) and the read model (schema {@code read_model}). With
 * {@code FLEXTIME_DB_URL} set it is that server; without, an embedded PostgreSQL whose data directory lives
 * under {@code FLEXTIME_DATA_DIR} (default {@code ./flextime-data}) and so survives restarts.
 */
@Configuration
public class DatabaseConfig {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${flextime.db.url:}'.isBlank()")
    EmbeddedPostgres embeddedPostgres(@Value("${flextime.data-dir}") String dataDir) {
        Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .start();
            LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** Takes the embedded server as a direct dependency, so Spring closes the pool before stopping PostgreSQL. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(Optional<EmbeddedPostgres> embedded,
                          @Value("${flextime.db.url:}") String url,
                          @Value("${flextime.db.user:postgres}") String user,
                          @Value("${flextime.db.password:}") String password,
                          @Value("${flextime.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        EmbeddedPostgres postgres = embedded.orElse(null);
        if (postgres != null) {
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("flextime");
        return new HikariDataSource(config);
    }
}
