package com.flextime.domain.metrics;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Geo;
import com.flextime.domain.conference.School;
import com.flextime.domain.conference.Venue;
import com.flextime.domain.metrics.ScheduleMetrics.RestDays;
import com.flextime.domain.metrics.ScheduleMetrics.TeamMetrics;
import com.flextime.domain.metrics.ScheduleMetrics.Totals;
import com.flextime.domain.metrics.SeasonScoring.SoftScore;
import com.flextime.domain.schedule.Game;
import com.flextime.events.SeasonScheduleCreated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a season's metrics from its games (cancelled games are no longer among them). Breaks and travel are
 * counted the way the optimizer counts them ({@code SeasonValidator}'s report), so the two agree:
 * <ul>
 *   <li>a team's games become meetings: games against one opponent, same host and venue, on consecutive days, up to
 *       the sport's series length; a break is two home or two road meetings in a row;</li>
 *   <li>a team starts at its campus and ends there; between two road meetings at most the trip gap apart it goes
 *       straight from one to the next, otherwise home in between; a game is where its venue's school is
 *       (great-circle miles between campuses, {@link Geo}).</li>
 * </ul>
 */
public final class MetricsCalculator {

    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Comparator<Game> IN_ORDER = Comparator.comparing(Game::date).thenComparing(Game::time)
            .thenComparing(Game::id);

    /** A team's meeting: where it is (a school code), home or away, first and last date, games in it. */
    private record Meeting(String opponent, boolean home, String venue, String place, LocalDate first, LocalDate last,
                           int games) {
    }

    private final ConferenceCatalog catalog;
    private final SeasonScoring scoring;

    public MetricsCalculator(ConferenceCatalog catalog, SeasonScoring scoring) {
        this.catalog = catalog;
        this.scoring = scoring;
    }

    public ScheduleMetrics measure(SeasonScheduleCreated season, long version, Collection<Game> games) {
        SeasonScoring.Counting counting = scoring.counting(season.sport(), season.season());
        List<TeamMetrics> teams = new ArrayList<>();
        double miles = 0; // summed before rounding
        for (String team : season.teams()) {
            List<Game> own = games.stream().filter(g -> g.involves(team)).sorted(IN_ORDER).toList();
            List<Meeting> meetings = meetings(team, own, counting.seriesLength());
            double travel = miles(team, meetings, counting.tripGap());
            miles += travel;
            teams.add(team(team, own, meetings, travel));
        }
        Totals totals = new Totals(games.size(), teams.stream().mapToInt(TeamMetrics::breaks).sum(), tenth(miles),
                teams.stream().mapToInt(TeamMetrics::weekendHomeDates).sum(),
                teams.stream().mapToInt(TeamMetrics::longestRoadTrip).max().orElse(0),
                teams.stream().map(t -> t.restDays().min()).filter(m -> m != null).min(Integer::compare)
                        .orElse(null));
        Optional<SoftScore> soft = scoring.softScore(season, games);
        return new ScheduleMetrics(season.scheduleId(), version,
                new ScheduleMetrics.Counting(counting.tripGap(), counting.seriesLength()), teams, totals,
                soft.orElse(null), soft.isPresent() ? null : "the optimizer has no " + season.season() + " "
                        + season.sport() + " format these teams can play, so it has no soft score for this season");
    }

    private TeamMetrics team(String team, List<Game> games, List<Meeting> meetings, double miles) {
        int home = (int) games.stream().filter(g -> g.home().equals(team)).count();
        int breaks = 0;
        for (int i = 1; i < meetings.size(); i++) {
            if (meetings.get(i).home() == meetings.get(i - 1).home()) {
                breaks++;
            }
        }
        int longest = 0;
        int run = 0;
        for (Game game : games) {
            run = game.away().equals(team) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        Set<LocalDate> weekendHome = new TreeSet<>();
        games.stream().filter(g -> g.home().equals(team) && WEEKEND.contains(g.date().getDayOfWeek()))
                .forEach(g -> weekendHome.add(g.date()));
        return new TeamMetrics(team, games.size(), home, games.size() - home, breaks, longest,
                tenth(miles), weekendHome.size(), restDays(games));
    }

    /** Groups a team's games (in date order) into meetings, as the optimizer's validator does. */
    private List<Meeting> meetings(String team, List<Game> games, int seriesLength) {
        List<Meeting> meetings = new ArrayList<>();
        for (Game game : games) {
            boolean home = game.home().equals(team);
            String opponent = home ? game.away() : game.home();
            Meeting last = meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
            if (last != null && last.games() < seriesLength && last.opponent().equals(opponent)
                    && last.home() == home && last.venue().equals(game.venue())
                    && game.date().equals(last.last().plusDays(1))) {
                meetings.set(meetings.size() - 1, new Meeting(opponent, home, last.venue(), last.place(),
                        last.first(), game.date(), last.games() + 1));
            } else {
                meetings.add(new Meeting(opponent, home, game.venue(), home ? team : place(game), game.date(),
                        game.date(), 1));
            }
        }
        return meetings;
    }

    /** The school whose campus a game is played at: its venue's school, else the host's. */
    private String place(Game game) {
        return catalog.venue(game.venue()).map(Venue::schoolCode).orElse(game.home());
    }

    /** The optimizer's travel walk ({@code Travel.walk}) with campuses named by school code. */
    private double miles(String team, List<Meeting> meetings, int tripGap) {
        double miles = 0;
        String at = team;
        LocalDate previousLast = null;
        for (Meeting m : meetings) {
            String to = m.place();
            if (!at.equals(team) && !to.equals(team)
                    && ChronoUnit.DAYS.between(previousLast, m.first()) > tripGap) {
                miles += distance(at, team);
                at = team;
            }
            miles += distance(at, to);
            at = to;
            previousLast = m.last();
        }
        return miles + distance(at, team);
    }

    private double distance(String from, String to) {
        if (from.equals(to)) {
            return 0;
        }
        School a = catalog.school(from).orElseThrow(() -> new IllegalStateException("unknown school " + from));
        School b = catalog.school(to).orElseThrow(() -> new IllegalStateException("unknown school " + to));
        return Geo.miles(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    private static RestDays restDays(List<Game> games) {
        if (games.size() < 2) {
            return new RestDays(null, null);
        }
        int min = Integer.MAX_VALUE;
        long sum = 0;
        for (int i = 1; i < games.size(); i++) {
            int rest = (int) ChronoUnit.DAYS.between(games.get(i - 1).date(), games.get(i).date()) - 1;
            min = Math.min(min, rest);
            sum += rest;
        }
        return new RestDays(min, Math.round(sum * 100.0 / (games.size() - 1)) / 100.0);
    }

    private static double tenth(double miles) {
        return Math.round(miles * 10) / 10.0;
    }
}
