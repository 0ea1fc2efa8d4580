package com.flextime.command.optimization;

/** No optimization job, or no proposal of this schedule, has this id. */
public class JobNotFound extends RuntimeException {

    public JobNotFound(String what) {
        super(what);
    }
}
