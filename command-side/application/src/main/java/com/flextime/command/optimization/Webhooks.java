package com.flextime.command.optimization;

/** Tells a job's callback URL how the job ended (signed, retried, each attempt recorded). */
public interface Webhooks {

    void deliver(String jobId, String url, WebhookSender.Outcome outcome);
}
