package com.flextime.infra.conflicts;

import com.flextime.domain.conflicts.ConflictPolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conflict rules of the Big 12's 2025-26 data, for the conflict-detection saga. */
@Configuration
public class ConflictConfig {

    @Bean
    ConflictPolicies conflictPolicies() {
        return ConflictPolicies.big12();
    }
}
