package com.flextime.projection.relay;

import java.util.List;

/**
 * Hears the integration events the relay published, after their batch committed, in order. For live views
 * (the WebSocket): best effort, never holding up the relay; what a listener misses stays in the streams.
 */
public interface LiveListener {

    void published(List<OutgoingEvent> batch);
}
