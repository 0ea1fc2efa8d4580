package com.flextime.infra.admin;

/** No projection (event processor) of that name. Maps to 404. */
public class ProjectionNotFound extends RuntimeException {

    public ProjectionNotFound(String name) {
        super("no projection " + name);
    }
}
