package com.flextime.infra.metrics;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.metrics.MetricsCalculator;
import com.flextime.domain.metrics.SeasonScoring;
import com.flextime.optimizer.season.OptimizerSeasonScoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the domain's metrics to the optimizer's counting and soft score (the {@link SeasonScoring} port). */
@Configuration
public class MetricsConfig {

    @Bean
    SeasonScoring seasonScoring(ConferenceCatalog conference) {
        return new OptimizerSeasonScoring(conference);
    }

    @Bean
    MetricsCalculator metricsCalculator(ConferenceCatalog conference, SeasonScoring scoring) {
        return new MetricsCalculator(conference, scoring);
    }
}
