package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;

/**
 * The travelling tournament objective: every team starts at home, goes from venue to venue as its games
 * require, and returns home after its last game. Each team's travel is reported as its share of the cost.
 */
public final class TravelDistance extends RobinxConstraint {

    private final int[][] distance;
    private int[] allTeams;

    public TravelDistance(int[][] distance) {
        super("TRAVEL", false, 1);
        this.distance = distance;
    }

    @Override
    public String name() {
        return "Total travel distance (teams start and end at home)";
    }

    /** The distance from one team's venue to another's. */
    public int distance(int from, int to) {
        return distance[from][to];
    }

    public int teams() {
        return distance.length;
    }

    public long teamTravel(Timetable t, int team) {
        long total = 0;
        int at = team;
        for (int slot = 0; slot < t.slots(); slot++) {
            int opponent = t.opponent(team, slot);
            if (opponent == Timetable.NONE) {
                continue;
            }
            int venue = t.isHome(team, slot) ? team : opponent;
            total += distance[at][venue];
            at = venue;
        }
        return total + distance[at][team];
    }

    @Override
    public int[] watchedTeams() {
        return parts();
    }

    @Override
    public int[] parts() {
        if (allTeams == null || allTeams.length != distance.length) {
            allTeams = java.util.stream.IntStream.range(0, distance.length).toArray();
        }
        return allTeams;
    }

    @Override
    public long part(Timetable t, int team) {
        return teamTravel(t, team);
    }

    /** Term p is the leg into slot p's venue; the last one, at position {@code slots}, is the way home. */
    @Override
    public int reach(int slots) {
        return 2;
    }

    @Override
    public int positions(int slots) {
        return slots + 1;
    }

    @Override
    public long term(Timetable t, int team, int position) {
        int from = position == 0 ? team : venue(t, team, position - 1);
        int to = position == t.slots() ? team : venue(t, team, position);
        return distance[from][to];
    }

    /** A run of legs, each venue looked up once (the search asks for runs; a leg at a time is a call per leg). */
    @Override
    public void terms(Timetable t, int team, int from, int to, long[] into) {
        int last = t.slots();
        int at = from == 0 ? team : venue(t, team, from - 1);
        for (int p = from; p <= to; p++) {
            int next = p == last ? team : venue(t, team, p);
            into[p - from] = distance[at][next];
            at = next;
        }
    }

    private static int venue(Timetable t, int team, int slot) {
        return t.isHome(team, slot) ? team : t.opponent(team, slot);
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        for (int team = 0; team < t.teams(); team++) {
            total += teamTravel(t, team);
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        for (int team = 0; team < t.teams(); team++) {
            long travel = teamTravel(t, team);
            if (travel > 0) {
                result.add(new Violation(id(), name(), false, (int) travel, travel, List.of(team), List.of(),
                        List.of(), "team " + team + " travels " + travel));
            }
        }
        return result;
    }
}
