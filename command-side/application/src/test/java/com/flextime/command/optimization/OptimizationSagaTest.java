package com.flextime.command.optimization;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.events.OptimizationCancelRequested;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationRequested;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given a job's events, the saga starts, stops and reports the work; it ends with the job. */
class OptimizationSagaTest {

    static final String JOB = "job-1";
    static final String SCHEDULE = "lax-2026";
    static final String HOOK = "http://tv.example/hook";

    /** Records what the saga asked of the worker pool and the webhooks, in order. */
    static final class Recorder implements JobLauncher, Webhooks {
        final List<String> calls = new ArrayList<>();

        @Override
        public void start(OptimizationRequested request) {
            calls.add("start " + request.jobId());
        }

        @Override
        public void cancel(String jobId) {
            calls.add("cancel " + jobId);
        }

        @Override
        public void deliver(String jobId, String url, WebhookSender.Outcome outcome) {
            calls.add("webhook " + url + " " + outcome.state());
        }
    }

    SagaTestFixture<OptimizationSaga> fixture;
    Recorder recorder;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OptimizationSaga.class);
        recorder = new Recorder();
        fixture.registerResource(recorder);
    }

    static OptimizationRequested requested(String callback) {
        return new OptimizationRequested(JOB, SCHEDULE, 0, 20, 1, true, callback);
    }

    @Test
    void aRequestStartsTheWork() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(null))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
        assertThat(recorder.calls).containsExactly("start " + JOB);
    }

    @Test
    void aCancelStopsTheWorkAndTheSagaStaysUntilTheJobEnds() {
        fixture.givenAPublished(requested(null))
                .whenPublishingA(new OptimizationCancelRequested(JOB, SCHEDULE))
                .expectActiveSagas(1);
        assertThat(recorder.calls).containsExactly("start " + JOB, "cancel " + JOB);
    }

    @Test
    void theEndIsToldToTheCallbackAndEndsTheSaga() {
        fixture.givenAPublished(requested(HOOK))
                .whenPublishingA(new OptimizationCompleted(JOB, SCHEDULE, "p1", false, 0, 12.5, 1000, 20000))
                .expectActiveSagas(0);
        assertThat(recorder.calls).containsExactly("start " + JOB, "webhook " + HOOK + " COMPLETED");
    }

    @Test
    void aFailureIsToldTooAndNoCallbackMeansNoWebhook() {
        fixture.givenAPublished(requested(HOOK))
                .whenPublishingA(new OptimizationFailed(JOB, SCHEDULE, "no format for sport"))
                .expectActiveSagas(0);
        assertThat(recorder.calls).containsExactly("start " + JOB, "webhook " + HOOK + " FAILED");

        recorder.calls.clear();
        fixture.givenAPublished(requested(null))
                .whenPublishingA(new OptimizationFailed(JOB, SCHEDULE, "no format for sport"))
                .expectActiveSagas(0);
        assertThat(recorder.calls).containsExactly("start " + JOB);
    }
}
