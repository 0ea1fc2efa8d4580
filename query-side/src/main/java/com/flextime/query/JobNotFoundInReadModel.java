package com.flextime.query;

/** No job or proposal with that id in the read model (yet: it trails the event store by milliseconds). */
public class JobNotFoundInReadModel extends RuntimeException {

    public JobNotFoundInReadModel(String message) {
        super(message);
    }
}
