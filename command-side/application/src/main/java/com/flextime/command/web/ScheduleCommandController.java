package com.flextime.command.web;

import com.flextime.command.ScheduleCommands.ArchiveSchedule;
import com.flextime.command.ScheduleCommands.CancelGame;
import com.flextime.command.ScheduleCommands.ChangeSeasonCalendar;
import com.flextime.command.ScheduleCommands.CreateSeasonSchedule;
import com.flextime.command.ScheduleCommands.LockGame;
import com.flextime.command.ScheduleCommands.MoveGame;
import com.flextime.command.ScheduleCommands.PublishSchedule;
import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.command.ScheduleCommands.SwapHomeAndAway;
import com.flextime.command.ScheduleCommands.UnlockGame;
import com.flextime.command.web.ScheduleRequests.ChangeSchedule;
import com.flextime.command.web.ScheduleRequests.CreateSchedule;
import com.flextime.command.web.ScheduleRequests.GameDay;
import com.flextime.command.web.ScheduleRequests.Move;
import com.flextime.command.web.ScheduleRequests.NewGame;
import com.flextime.command.web.ScheduleRequests.Reason;
import com.flextime.command.web.ScheduleRequests.Swap;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedulers' commands. Each request becomes one command, sent and awaited: a 2xx answer means its event
 * is stored. The answer carries the schedule's new version as the ETag; a stale If-Match gets 412.
 */
@RestController
@RequestMapping("/v2/schedules")
public class ScheduleCommandController {

    private static final String IF_MATCH = "If-Match";
    private static final String CORRELATION = "X-Correlation-Id";

    private final ScheduleCommandSender commands;

    public ScheduleCommandController(ScheduleCommandSender commands) {
        this.commands = commands;
    }

    /** The id of the schedule or game a command created or changed, and the schedule's version after it. */
    public record Accepted(String id, String scheduleId, long version) {
    }

    @PostMapping
    public ResponseEntity<Accepted> create(@Valid @RequestBody CreateSchedule body,
                                           @RequestHeader(name = CORRELATION, required = false) String correlation) {
        String id = UUID.randomUUID().toString();
        commands.send(new CreateSeasonSchedule(id, body.sport(), body.season(), body.name(), body.teams(),
                body.window().toSeasonWindow(), GameDay.toDays(body.gameDays()), body.teamBlackouts(),
                body.venueBlackouts()), correlation, null);
        return created(URI.create("/v2/schedules/" + id), new Accepted(id, id, 0));
    }

    @PutMapping("/{id}")
    public ResponseEntity<Accepted> change(@PathVariable String id, @Valid @RequestBody ChangeSchedule body,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new ChangeSeasonCalendar(id, expected(ifMatch), body.name(),
                body.window() == null ? null : body.window().toSeasonWindow(), GameDay.toDays(body.gameDays()),
                body.teamBlackouts(), body.venueBlackouts()), correlation, body.reason());
        return ok(new Accepted(id, id, version));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Accepted> archive(@PathVariable String id, @RequestBody(required = false) Reason body,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new ArchiveSchedule(id, expected(ifMatch)), correlation, Reason.of(body));
        return ok(new Accepted(id, id, version));
    }

    @PostMapping("/{id}/publish")
    public ResponseEntity<Accepted> publish(@PathVariable String id, @RequestBody(required = false) Reason body,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new PublishSchedule(id, expected(ifMatch)), correlation, Reason.of(body));
        return ok(new Accepted(id, id, version));
    }

    @PostMapping("/{id}/games")
    public ResponseEntity<Accepted> scheduleGame(@PathVariable String id, @Valid @RequestBody NewGame body,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = CORRELATION, required = false)
                                                 String correlation) {
        String gameId = UUID.randomUUID().toString();
        long version = commands.send(new ScheduleGame(id, expected(ifMatch), gameId, body.home(), body.away(),
                body.date(), body.time(), body.venue()), correlation, body.reason());
        return created(URI.create("/v2/schedules/" + id + "/games/" + gameId), new Accepted(gameId, id, version));
    }

    @PostMapping("/{id}/games/{gameId}/move")
    public ResponseEntity<Accepted> move(@PathVariable String id, @PathVariable String gameId,
                                         @RequestBody Move body,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = CORRELATION, required = false) String correlation) {
        if (body.date() == null && body.time() == null && body.venue() == null) {
            throw new InvalidScheduleRequest("date", "a move needs a new date, time or venue");
        }
        long version = commands.send(new MoveGame(id, expected(ifMatch), gameId, body.date(), body.time(),
                body.venue()), correlation, body.reason());
        return ok(new Accepted(gameId, id, version));
    }

    @PostMapping("/{id}/games/{gameId}/swap")
    public ResponseEntity<Accepted> swap(@PathVariable String id, @PathVariable String gameId,
                                         @RequestBody(required = false) Swap body,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = CORRELATION, required = false) String correlation) {
        Swap swap = body == null ? new Swap(null, null) : body;
        long version = commands.send(new SwapHomeAndAway(id, expected(ifMatch), gameId, swap.venue()), correlation,
                swap.reason());
        return ok(new Accepted(gameId, id, version));
    }

    @PostMapping("/{id}/games/{gameId}/cancel")
    public ResponseEntity<Accepted> cancel(@PathVariable String id, @PathVariable String gameId,
                                           @RequestBody(required = false) Reason body,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new CancelGame(id, expected(ifMatch), gameId), correlation, Reason.of(body));
        return ok(new Accepted(gameId, id, version));
    }

    @PostMapping("/{id}/games/{gameId}/lock")
    public ResponseEntity<Accepted> lock(@PathVariable String id, @PathVariable String gameId,
                                         @RequestBody(required = false) Reason body,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new LockGame(id, expected(ifMatch), gameId), correlation, Reason.of(body));
        return ok(new Accepted(gameId, id, version));
    }

    @PostMapping("/{id}/games/{gameId}/unlock")
    public ResponseEntity<Accepted> unlock(@PathVariable String id, @PathVariable String gameId,
                                           @RequestBody(required = false) Reason body,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = CORRELATION, required = false) String correlation) {
        long version = commands.send(new UnlockGame(id, expected(ifMatch), gameId), correlation, Reason.of(body));
        return ok(new Accepted(gameId, id, version));
    }

    private static Long expected(String ifMatch) {
        // "*" matches any current version (RFC 9110), like no If-Match at all
        return ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") ? null : ETags.parse(ifMatch);
    }

    private static ResponseEntity<Accepted> created(URI location, Accepted accepted) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(ETags.of(accepted.version()))
                .body(accepted);
    }

    private static ResponseEntity<Accepted> ok(Accepted accepted) {
        return ResponseEntity.ok().eTag(ETags.of(accepted.version())).body(accepted);
    }
}
