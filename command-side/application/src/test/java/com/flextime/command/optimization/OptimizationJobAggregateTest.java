package com.flextime.command.optimization;

import com.flextime.command.optimization.OptimizationCommands.CancelOptimization;
import com.flextime.command.optimization.OptimizationCommands.CompleteOptimization;
import com.flextime.command.optimization.OptimizationCommands.FailOptimization;
import com.flextime.command.optimization.OptimizationCommands.RecordProgress;
import com.flextime.command.optimization.OptimizationCommands.RecordWebhookAttempt;
import com.flextime.command.optimization.OptimizationCommands.RequestOptimization;
import com.flextime.command.optimization.OptimizationCommands.StartOptimization;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.events.OptimizationCancelRequested;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationProgressed;
import com.flextime.events.OptimizationRequested;
import com.flextime.events.OptimizationStarted;
import com.flextime.events.WebhookAttempted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command of a job, and what it refuses or ignores once the job has ended. */
class OptimizationJobAggregateTest {

    static final String JOB = "job-1";
    static final String SCHEDULE = "lax-2026";
    static final OptimizationRequested REQUESTED =
            new OptimizationRequested(JOB, SCHEDULE, 0, 20, 1, true, null);
    static final OptimizationCompleted COMPLETED =
            new OptimizationCompleted(JOB, SCHEDULE, "p1", false, 0, 12.5, 1000, 20000);

    FixtureConfiguration<OptimizationJobAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OptimizationJobAggregate.class);
    }

    @Test
    void aRequestOpensTheJob() {
        fixture.givenNoPriorActivity()
                .when(new RequestOptimization(JOB, SCHEDULE, 0, 20, 1, true, null))
                .expectEvents(REQUESTED);
    }

    @Test
    void refusesATimeLimitOutsideOneSecondToTenMinutes() {
        fixture.givenNoPriorActivity()
                .when(new RequestOptimization(JOB, SCHEDULE, 0, 601, 1, true, null))
                .expectNoEvents()
                .expectException(InvalidScheduleRequest.class)
                .expectExceptionMessage("must be between 1 and 600 seconds");
    }

    @Test
    void startsOnce() {
        fixture.given(REQUESTED, new OptimizationStarted(JOB, SCHEDULE, "GENERATE"))
                .when(new StartOptimization(JOB, "GENERATE"))
                .expectNoEvents();
    }

    @Test
    void recordsProgressWhileOpen() {
        fixture.given(REQUESTED, new OptimizationStarted(JOB, SCHEDULE, "GENERATE"))
                .when(new RecordProgress(JOB, 3, 40.0, 1200))
                .expectEvents(new OptimizationProgressed(JOB, SCHEDULE, 3, 40.0, 1200));
    }

    @Test
    void ignoresProgressThatArrivesAfterTheEnd() {
        fixture.given(REQUESTED, COMPLETED)
                .when(new RecordProgress(JOB, 0, 10.0, 21000))
                .expectNoEvents();
    }

    @Test
    void aCancelIsRecordedOnce() {
        fixture.given(REQUESTED)
                .when(new CancelOptimization(JOB))
                .expectEvents(new OptimizationCancelRequested(JOB, SCHEDULE));
        fixture.given(REQUESTED, new OptimizationCancelRequested(JOB, SCHEDULE))
                .when(new CancelOptimization(JOB))
                .expectNoEvents();
    }

    @Test
    void refusesToCancelAnEndedJob() {
        fixture.given(REQUESTED, COMPLETED)
                .when(new CancelOptimization(JOB))
                .expectNoEvents()
                .expectException(JobConflict.class);
    }

    @Test
    void endsOnceWhicheverEndComesFirst() {
        fixture.given(REQUESTED)
                .when(new CompleteOptimization(JOB, "p1", false, 0, 12.5, 1000, 20000))
                .expectEvents(COMPLETED);
        fixture.given(REQUESTED, COMPLETED)
                .when(new FailOptimization(JOB, "the service stopped"))
                .expectNoEvents();
        fixture.given(REQUESTED, new OptimizationFailed(JOB, SCHEDULE, "no format"))
                .when(new CompleteOptimization(JOB, "p1", false, 0, 12.5, 1000, 20000))
                .expectNoEvents();
    }

    @Test
    void recordsEveryWebhookAttempt() {
        fixture.given(REQUESTED, COMPLETED)
                .when(new RecordWebhookAttempt(JOB, "http://tv.example/hook", 1, 500, "HTTP 500", false))
                .expectEvents(new WebhookAttempted(JOB, SCHEDULE, "http://tv.example/hook", 1, 500, "HTTP 500",
                        false));
    }
}
