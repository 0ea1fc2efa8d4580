package com.flextime.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545): one VEVENT per game, cancelled ones too (STATUS:CANCELLED), so a subscribed calendar
 * removes them. The UID comes from the game id and SEQUENCE counts the game's changes, so a move is an update of
 * the same event; DTSTART is local to the venue's IANA zone, whose VTIMEZONE is included.
 */
@Component
public class IcsWriter implements ScheduleWriter {

    static final String PRODUCT = "-//FlexTime//Big 12 season schedules//EN";
    /** Where the UIDs of games live: an event's UID is {@code <game id>@flextime}. */
    static final String UID_DOMAIN = "@flextime";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Override
    public ExportFormat format() {
        return ExportFormat.ICS;
    }

    @Override
    public void write(ScheduleExport export, OutputStream out) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", export.title()));
        Set<ZoneId> used = new LinkedHashSet<>();
        for (ExportedGame game : export.games()) {
            calendar.add(event(game, export));
            used.add(game.zone());
        }
        for (ZoneId zone : used) {
            calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        }
        try { // an empty calendar (a team with no games yet) is served, though RFC 5545 wants one component
            new CalendarOutputter(!export.games().isEmpty()).output(calendar, out);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar does not validate", e);
        }
    }

    private static VEvent event(ExportedGame game, ScheduleExport export) {
        String summary = game.away() + " at " + game.home() + " (" + export.schedule().sport() + ")";
        VEvent event = export.gameLength()
                .map(length -> new VEvent(game.start(), length, summary))
                .orElseGet(() -> new VEvent(game.start(), summary));
        event.add(new Uid(game.id() + UID_DOMAIN));
        event.add(new Sequence(game.changes()));
        // Without METHOD, DTSTAMP is the last change (RFC 5545 3.8.7.2), so the file is the same on every fetch.
        event.replace(new DtStamp(game.updatedAt()));
        event.add(new LastModified(game.updatedAt()));
        event.add(new Location(game.venueName()));
        event.add(new Description(export.schedule().name() + ": " + game.away() + " at " + game.home()
                + ", " + game.venueName()));
        event.add(game.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
