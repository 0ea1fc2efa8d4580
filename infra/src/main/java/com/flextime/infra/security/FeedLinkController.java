package com.flextime.infra.security;

import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.infra.security.FeedTokens.FeedToken;
import com.flextime.query.ScheduleNotFound;
import com.flextime.query.ScheduleReadModel;
import com.flextime.query.ScheduleViews.ScheduleView;
import com.flextime.query.export.ExportController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /v2/schedules/{id}/feeds} (VIEWER): the subscribable calendar URL of one team, with a feed token in
 * it. Nothing is stored: the token carries what it may read, and a new request simply signs a new one.
 */
@RestController
public class FeedLinkController {

    /** The team whose games the feed shows. */
    public record FeedRequest(@NotBlank String team) {
    }

    /** The URL to give a calendar app, and when its token expires. */
    public record FeedLink(String url, String scheduleId, String team, Instant expiresAt) {
    }

    private final ScheduleReadModel schedules;
    private final FeedTokens tokens;
    private final String publicUrl;

    public FeedLinkController(ScheduleReadModel schedules, FeedTokens tokens,
                              @Value("${flextime.public-url:http://localhost:8080}") String publicUrl) {
        this.schedules = schedules;
        this.tokens = tokens;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PostMapping("/v2/schedules/{id}/feeds")
    public ResponseEntity<FeedLink> issue(@PathVariable String id, @Valid @RequestBody FeedRequest request,
                                          @AuthenticationPrincipal Jwt viewer) {
        ScheduleView schedule = schedules.schedule(id).orElseThrow(() -> new ScheduleNotFound("no schedule " + id));
        if (!schedule.teams().contains(request.team())) {
            throw new InvalidScheduleRequest("team", "'" + request.team()
                    + "' is not a team of this schedule; its teams: " + String.join(", ", schedule.teams()));
        }
        FeedToken token = tokens.issue(viewer.getSubject(), id, request.team());
        URI feed = UriComponentsBuilder.fromUriString(publicUrl + ExportController.FEED_PATH)
                .queryParam("access_token", token.token())
                .buildAndExpand(Map.of("id", id, "team", request.team())).encode().toUri();
        return ResponseEntity.ok(new FeedLink(feed.toString(), id, request.team(), token.expiresAt()));
    }
}
