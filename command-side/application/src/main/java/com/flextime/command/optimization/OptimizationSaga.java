package com.flextime.command.optimization;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.flextime.events.OptimizationCancelRequested;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationRequested;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives one optimization job: a request starts the search on the worker pool, a cancel stops it, and the end
 * (completed or failed) is told to the job's callback URL. The saga's state (job and callback) is stored between
 * events, so a cancel or an ending reaches the right job whichever thread or restart delivers it.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class OptimizationSaga {

    private static final String JOB = "jobId";

    @Autowired
    private transient JobLauncher worker;
    @Autowired
    private transient Webhooks webhooks;

    private String jobId;
    private String scheduleId;
    private String callbackUrl;

    @StartSaga
    @SagaEventHandler(associationProperty = JOB)
    public void on(OptimizationRequested event) {
        jobId = event.jobId();
        scheduleId = event.scheduleId();
        callbackUrl = event.callbackUrl();
        worker.start(event);
    }

    @SagaEventHandler(associationProperty = JOB)
    public void on(OptimizationCancelRequested event) {
        worker.cancel(event.jobId());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = JOB)
    public void on(OptimizationCompleted event) {
        if (callbackUrl != null) {
            webhooks.deliver(jobId, callbackUrl, WebhookSender.Outcome.completed(event));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = JOB)
    public void on(OptimizationFailed event) {
        if (callbackUrl != null) {
            webhooks.deliver(jobId, callbackUrl, WebhookSender.Outcome.failed(event));
        }
    }
}
