package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v2/schedules/{id}/metrics} on a four-team basketball season worked out by hand (the same games as
 * the domain's MetricsCalculatorTest; miles between campuses: BYU–Utah 36.19, Utah–K-State 813.75, K-State–BYU
 * 802.64, KU–BYU 876.70, KU–K-State 74.13, Utah–KU 887.88).
 */
class ScheduleMetricsTest extends ServiceTest {

    @Test
    void aHandCheckedSeasonHasExactlyTheFiguresWorkedOutByHand() {
        String id = createSeason();
        game(id, "KU", "KSU", "2026-01-03");   // Sat: KU's weekend home date
        game(id, "UTAH", "BYU", "2026-01-03"); // Sat: BYU's road trip begins
        game(id, "KSU", "BYU", "2026-01-06");  // Tue: BYU's second road game, three days on: one trip, a break
        game(id, "KU", "UTAH", "2026-01-07");
        game(id, "BYU", "KU", "2026-01-10");   // Sat: BYU's weekend home date
        game(id, "KSU", "UTAH", "2026-01-10");
        String cancelled = game(id, "BYU", "KSU", "2026-01-13");
        Api.Answer cancel = api.post("/v2/schedules/" + id + "/games/" + cancelled + "/cancel", SCHEDULER, null);
        assertThat(cancel.status()).isEqualTo(200);
        readAtVersion(id, cancel.version());

        Api.Answer answer = api.get("/v2/schedules/" + id + "/metrics", VIEWER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.version()).isEqualTo(cancel.version());
        JsonNode body = answer.body();
        assertThat(rows(body.get("teams"))).containsExactly(
                // team, games, home, away, breaks, longest road trip, miles, weekend home dates, rest min, average
                "BYU 3 1 2 1 2 1652.6 1 2 2.5",   // at Utah, at K-State (straight on), home: 36.19 + 813.75 + 802.64
                "UTAH 3 1 2 1 2 1775.8 1 2 2.5",  // home, at KU, at K-State: 887.88 + 74.13 + 813.75
                "KU 3 2 1 1 1 1753.4 1 2 2.5",    // home, home, at BYU and back
                "KSU 3 2 1 1 1 148.3 1 2 2.5");   // at KU and back, home, home
        JsonNode totals = body.get("totals");
        assertThat(totals.get("games").asInt()).isEqualTo(6); // the cancelled game does not count
        assertThat(totals.get("breaks").asInt()).isEqualTo(4);
        assertThat(totals.get("travelMiles").asDouble()).isEqualTo(5330.0);
        assertThat(totals.get("weekendHomeDates").asInt()).isEqualTo(4);
        assertThat(totals.get("longestRoadTrip").asInt()).isEqualTo(2);
        assertThat(totals.get("minRestDays").asInt()).isEqualTo(2);
        assertThat(body.get("counting").toString()).isEqualTo("{\"tripGapDays\":3,\"seriesLength\":1}");
        // four teams cannot play the conference's basketball format: the optimizer has no score for them
        assertThat(body.get("softScore").isNull()).isTrue();
        assertThat(body.get("softScoreNote").asText()).contains("no 2025-26 MBB format");
    }

    @Test
    void aSeasonTheOptimizerCanScoreCarriesItsSoftScoreRuleByRule() {
        Api.Answer created = api.post("/v2/schedules", SCHEDULER, """
                {"sport":"LAX","season":"2025-26","teams":["ASU","CIN","COLO","FLA","SDSU","UCD"],
                 "window":{"start":"2026-03-27","end":"2026-04-26"},"gameDays":["FRI","SAT","SUN"]}""");
        String id = created.id();
        game(id, "ASU", "CIN", "2026-03-28");
        Api.Answer last = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"CIN\",\"away\":\"ASU\",\"date\":\"2026-04-04\",\"time\":\"13:00\"}");
        readAtVersion(id, last.version());

        JsonNode body = api.get("/v2/schedules/" + id + "/metrics", VIEWER).body();

        JsonNode soft = body.get("softScore");
        assertThat(soft.isObject()).as(body.toString()).isTrue();
        List<String> rules = new ArrayList<>();
        double sum = 0;
        for (JsonNode rule : soft.get("rules")) {
            rules.add(rule.get("id").asText());
            sum += rule.get("score").asDouble();
        }
        assertThat(rules).contains("travel", "breaks");
        assertThat(soft.get("total").asDouble()).isPositive().isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(body.get("softScoreNote").isNull()).isTrue();
    }

    @Test
    void anUnknownScheduleIs404() {
        Api.Answer answer = api.get("/v2/schedules/no-such-schedule/metrics", VIEWER);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    private static List<String> rows(JsonNode teams) {
        List<String> rows = new ArrayList<>();
        for (JsonNode t : teams) {
            rows.add(t.get("team").asText() + " " + t.get("games").asInt() + " " + t.get("home").asInt() + " "
                    + t.get("away").asInt() + " " + t.get("breaks").asInt() + " " + t.get("longestRoadTrip").asInt()
                    + " " + t.get("travelMiles").asDouble() + " " + t.get("weekendHomeDates").asInt() + " "
                    + t.get("restDays").get("min").asInt() + " " + t.get("restDays").get("average").asDouble());
        }
        return rows;
    }
}
