package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import com.flextime.infra.security.FeedTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscribable calendar feeds: a VIEWER gets a URL with a feed token; the token reads that one feed without a
 * header, and nothing else; the feed takes nothing but such a token.
 */
class FeedTokenTest extends ServiceTest {

    private String id;
    private String kuKsu;
    private String byuUtah;

    @BeforeEach
    void season() {
        id = createSeason();
        kuKsu = game(id, "KU", "KSU", "2026-01-03");
        byuUtah = game(id, "BYU", "UTAH", "2026-01-05");
        readAtVersion(id, 2);
    }

    @Test
    void aViewerGetsAFeedUrlThatACalendarAppReadsWithoutAHeader() throws Exception {
        Answer link = api.post("/v2/schedules/" + id + "/feeds", VIEWER, "{\"team\":\"KU\"}");
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body().get("team").asText()).isEqualTo("KU");
        assertThat(link.body().get("scheduleId").asText()).isEqualTo(id);
        assertThat(Instant.parse(link.body().get("expiresAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofDays(364)));
        URI url = URI.create(link.body().get("url").asText());
        assertThat(url.getPath()).isEqualTo("/v2/schedules/" + id + "/feeds/KU.ics");
        assertThat(url.getQuery()).startsWith("access_token=");

        Download feed = Download.get(port, url.getRawPath() + "?" + url.getRawQuery(), null);
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.disposition()).isEqualTo("inline; filename=\"MBB-2025-26-KU.ics\"");
        assertThat(ExportApiTest.events(feed).keySet()).containsExactly(ExportApiTest.uid(kuKsu));
    }

    @Test
    void theFeedTokenReadsOnlyItsOwnFeed() {
        String token = feedToken(id, "KU");
        String feed = "/v2/schedules/" + id + "/feeds/KU.ics";
        // another team's feed, another schedule's, or another method: 403
        assertThat(Download.get(port, "/v2/schedules/" + id + "/feeds/BYU.ics?access_token=" + token, null).status())
                .isEqualTo(403);
        String other = createSeason();
        assertThat(Download.get(port, "/v2/schedules/" + other + "/feeds/KU.ics?access_token=" + token, null)
                .status()).isEqualTo(403);
        assertThat(api.post(feed + "?access_token=" + token, null, "{}").status()).isEqualTo(403);
        // anywhere else, as a bearer header or a query parameter: 401, as if there were no token
        for (String path : new String[] {"/v2/schedules/" + id, "/v2/schedules/" + id + "/export?format=ics",
                "/v2/schedules/" + id + "/games", "/v2/teams/KU/calendar", "/v2/schedules"}) {
            Answer asBearer = api.get(path, token);
            assertThat(asBearer.status()).as(path).isEqualTo(401);
            assertThat(asBearer.contentType()).isEqualTo("application/problem+json");
            String query = path + (path.contains("?") ? "&" : "?") + "access_token=" + token;
            assertThat(api.get(query, null).status()).as(query).isEqualTo(401);
        }
        assertThat(api.get("/v2/live?access_token=" + token, null).status()).isEqualTo(401);
        assertThat(api.post("/v2/schedules/" + id + "/feeds", token, "{\"team\":\"KU\"}").status()).isEqualTo(401);
        assertThat(api.post("/v2/schedules/" + id + "/games/" + byuUtah + "/cancel", token, null).status())
                .isEqualTo(401);
    }

    @Test
    void theFeedTakesNothingButAValidFeedToken() {
        String feed = "/v2/schedules/" + id + "/feeds/KU.ics";
        Download none = Download.get(port, feed, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).isEqualTo("application/problem+json");
        // a bearer token, in the header or the query, is no feed token: VIEWERs use /export?format=ics
        assertThat(Download.get(port, feed, VIEWER).status()).isEqualTo(401);
        assertThat(Download.get(port, feed + "?access_token=" + VIEWER, null).status()).isEqualTo(401);
        assertThat(Download.get(port, feed + "?access_token=" + ADMIN, null).status()).isEqualTo(401);
        String forged = new FeedTokens("another-key-that-is-at-least-32-bytes-long", Duration.ofDays(1))
                .issue("mallory", id, "KU").token();
        assertThat(Download.get(port, feed + "?access_token=" + forged, null).status()).isEqualTo(401);
        String expired = new FeedTokens(null, Duration.ofSeconds(-120)).issue("tester", id, "KU").token();
        assertThat(Download.get(port, feed + "?access_token=" + expired, null).status()).isEqualTo(401);
        assertThat(Download.get(port, feed + "?access_token=not-a-jwt", null).status()).isEqualTo(401);
    }

    @Test
    void askingForAFeedNeedsAViewerAndATeamOfTheSchedule() {
        String feeds = "/v2/schedules/" + id + "/feeds";
        assertThat(api.post(feeds, null, "{\"team\":\"KU\"}").status()).isEqualTo(401);
        assertThat(api.post(feeds, Api.token(), "{\"team\":\"KU\"}").status()).isEqualTo(403);
        for (String body : new String[] {"{\"team\":\"TCU\"}", "{}", "{\"team\":\" \"}"}) {
            Answer bad = api.post(feeds, VIEWER, body);
            assertThat(bad.status()).as(body).isEqualTo(400);
            assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("team");
        }
        assertThat(api.post("/v2/schedules/no-such-schedule/feeds", VIEWER, "{\"team\":\"KU\"}").status())
                .isEqualTo(404);
    }

    private String feedToken(String scheduleId, String team) {
        JsonNode link = api.post("/v2/schedules/" + scheduleId + "/feeds", VIEWER, "{\"team\":\"" + team + "\"}")
                .body();
        return link.get("url").asText().replaceAll(".*access_token=", "");
    }
}
