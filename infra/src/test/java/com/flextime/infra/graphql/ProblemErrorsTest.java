package com.flextime.infra.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.domain.rules.RuleViolation;
import com.flextime.domain.rules.ScheduleRuleViolation;
import com.flextime.domain.schedule.StaleScheduleVersion;
import com.flextime.infra.web.ProblemAdvice;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resolver's exception becomes a GraphQL error with the REST problem in its extensions (the cases the GraphQL
 * mutations cannot provoke today, such as a hard-rule violation, checked here without a server).
 */
class ProblemErrorsTest {

    private final ProblemErrors errors = new ProblemErrors(new ProblemAdvice());

    @Test
    void aHardRuleViolationCarriesTheViolationsWithTheirRuleIds() {
        RuleViolation sunday = new RuleViolation("no-play-day", "A team never plays on its no-play day",
                "BYU never plays on a Sunday: 2026-01-11 is one", List.of("g1"), List.of("BYU"));

        GraphQLError error = resolve(new ScheduleRuleViolation(List.of(sunday)));

        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getMessage()).isEqualTo("BYU never plays on a Sunday: 2026-01-11 is one");
        assertThat(error.getPath()).containsExactly("createSchedule");
        Map<String, Object> extensions = error.getExtensions();
        assertThat(extensions).containsEntry("type", "https://flextime.dev/problems/hard-rule-violation")
                .containsEntry("status", 422).containsEntry("violations", List.of(sunday));
    }

    @Test
    void aStaleVersionCarriesTheCurrentVersion() {
        GraphQLError error = resolve(new StaleScheduleVersion("s", 1, 3));

        assertThat(error.getExtensions()).containsEntry("status", 412).containsEntry("currentVersion", 3L);
    }

    @Test
    void securityExceptionsAreLeftToSpringGraphqlsSecurityResolver() {
        assertThat(errors.resolveToSingleError(new AccessDeniedException("no"), environment())).isNull();
    }

    private GraphQLError resolve(Exception e) {
        return errors.resolveToSingleError(e, environment());
    }

    private static DataFetchingEnvironment environment() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("createSchedule")).build())
                .mergedField(MergedField.newMergedField(Field.newField("createSchedule").build()).build())
                .build();
    }
}
