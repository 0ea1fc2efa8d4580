package com.flextime.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends one command with its metadata and waits for it: the caller only answers once the events are stored. */
@Component
public class ScheduleCommandSender {

    private final CommandGateway gateway;

    public ScheduleCommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Returns what the handler returned: the schedule's version for changes, the schedule id for a creation. */
    public long send(Object command, String correlationId, String reason) {
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CommandMetadata.of(correlationId, reason)));
        return result instanceof Number number ? number.longValue() : 0L;
    }
}
