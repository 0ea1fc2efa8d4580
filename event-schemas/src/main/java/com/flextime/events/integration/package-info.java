/**
 * Integration events: what downstream systems (TV partners, ticketing, school calendars) receive over the
 * streams, each as the {@code data} of a CloudEvents 1.0 envelope whose {@code type} is the
 * {@link com.flextime.events.integration.IntegrationEventType}'s name. They are mapped from the domain events and
 * are a separate contract: the domain events may be refactored, these change only by a new schema version.
 */
package com.flextime.events.integration;
