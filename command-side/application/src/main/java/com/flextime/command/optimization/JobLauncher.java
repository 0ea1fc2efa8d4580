package com.flextime.command.optimization;

import com.flextime.events.OptimizationRequested;

/** Where the optimization saga hands a job's work: runs it in the background, stops it on request. */
public interface JobLauncher {

    void start(OptimizationRequested request);

    void cancel(String jobId);
}
