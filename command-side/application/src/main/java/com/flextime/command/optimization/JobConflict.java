package com.flextime.command.optimization;

/**
 * The job or proposal is not in a state that allows the request (a job that already ended cannot be cancelled,
 * a proposal already adopted or rejected cannot be adopted). Nothing was changed.
 */
public class JobConflict extends RuntimeException {

    public JobConflict(String message) {
        super(message);
    }
}
