package com.flextime.optimizer.season;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A season's games as they stand, as the search's meetings: who meets whom, in which round, from which day, who
 * hosts; which meetings are locked (never moved) and which are published (moving them costs). An improvement
 * starts here instead of from a fresh pairing, and the games it proposes keep their ids.
 */
final class ExistingSeason {

    final Pairing.Result pairing;
    final int[] start;
    final boolean[] locked;
    final boolean[] published;
    /** Per meeting, its games in date order: id, local start time and venue as they are now. */
    final String[][] ids;
    final LocalTime[][] times;
    final String[][] venues;
    final int[] host;

    private ExistingSeason(int size) {
        start = new int[size];
        locked = new boolean[size];
        published = new boolean[size];
        ids = new String[size][];
        times = new LocalTime[size][];
        venues = new String[size][];
        host = new int[size];
        pairing = new Pairing.Result(new int[size], new int[size], new int[size], new int[size], new boolean[size],
                "the season's own games");
    }

    /**
     * Groups the games into meetings (a series is {@code seriesLength} games of one pair at one host on consecutive
     * days). Refuses, naming the game, a season the format cannot read: an unknown team, a date outside the
     * format's rounds, a series that is not whole.
     */
    static ExistingSeason of(SeasonContext c, List<SeasonGenerator.ExistingGame> games) {
        List<SeasonGenerator.ExistingGame> sorted = new ArrayList<>(games);
        sorted.sort(Comparator.comparing(SeasonGenerator.ExistingGame::home)
                .thenComparing(SeasonGenerator.ExistingGame::away).thenComparing(SeasonGenerator.ExistingGame::date));
        int length = c.seriesLength;
        if (sorted.size() % length != 0) {
            throw new IllegalArgumentException("the season has " + sorted.size() + " games, not whole series of "
                    + length);
        }
        ExistingSeason season = new ExistingSeason(sorted.size() / length);
        for (int u = 0; u < sorted.size() / length; u++) {
            List<SeasonGenerator.ExistingGame> series = sorted.subList(u * length, (u + 1) * length);
            SeasonGenerator.ExistingGame first = series.get(0);
            int home = team(c, first.home(), first);
            int away = team(c, first.away(), first);
            int day = c.day(first.date());
            if (day < 0 || day >= c.dayCount || c.roundOfDay[day] < 0) {
                throw new IllegalArgumentException("game " + first.id() + " on " + first.date()
                        + " is not on a day of the " + c.format.sport() + " format's rounds");
            }
            season.ids[u] = new String[length];
            season.times[u] = new LocalTime[length];
            season.venues[u] = new String[length];
            for (int i = 0; i < length; i++) {
                SeasonGenerator.ExistingGame game = series.get(i);
                LocalDate expected = first.date().plusDays(i);
                if (!game.home().equals(first.home()) || !game.away().equals(first.away())
                        || !game.date().equals(expected)) {
                    throw new IllegalArgumentException("game " + game.id() + " is not part of a whole " + length
                            + "-game series (" + first.home() + " hosting " + first.away() + " from " + first.date()
                            + ")");
                }
                season.ids[u][i] = game.id();
                season.times[u][i] = game.time();
                season.venues[u][i] = game.venue();
                season.locked[u] |= game.locked();
                season.published[u] |= game.published();
            }
            season.pairing.a()[u] = home;
            season.pairing.b()[u] = away;
            season.pairing.round()[u] = c.roundOfDay[day];
            season.pairing.homeIsA()[u] = true;
            season.start[u] = day;
            season.host[u] = home;
        }
        linkReturnLegs(season.pairing, c.n);
        return season;
    }

    /** A pair that meets twice: each meeting is the other's return leg, so a host swap moves both together. */
    private static void linkReturnLegs(Pairing.Result pairing, int n) {
        int[] partner = pairing.partner();
        Arrays.fill(partner, -1);
        Map<Integer, List<Integer>> byPair = new HashMap<>();
        for (int u = 0; u < pairing.size(); u++) {
            int a = Math.min(pairing.a()[u], pairing.b()[u]);
            int b = Math.max(pairing.a()[u], pairing.b()[u]);
            byPair.computeIfAbsent(a * n + b, k -> new ArrayList<>()).add(u);
        }
        for (List<Integer> meetings : byPair.values()) {
            if (meetings.size() == 2) {
                partner[meetings.get(0)] = meetings.get(1);
                partner[meetings.get(1)] = meetings.get(0);
            }
        }
    }

    private static int team(SeasonContext c, String code, SeasonGenerator.ExistingGame game) {
        int index = c.teams.indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("game " + game.id() + ": " + code + " is not a team of this season");
        }
        return index;
    }
}
