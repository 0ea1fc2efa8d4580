package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What every RobinX constraint shares: its id, hardness, weight, and how a deviation is written down. */
abstract class RobinxConstraint implements TimetableConstraint {

    private final String id;
    private final boolean hard;
    private final int weight;

    RobinxConstraint(String id, boolean hard, int weight) {
        this.id = id;
        this.hard = hard;
        this.weight = weight;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean hard() {
        return hard;
    }

    @Override
    public int weight() {
        return weight;
    }

    Violation violation(int deviation, List<Integer> teams, List<Integer> slots, List<String> games,
                        String message) {
        return new Violation(id, name(), hard, deviation, (long) deviation * weight, teams, slots, games, message);
    }

    static int excess(int count, int min, int max) {
        return Math.max(0, count - max) + Math.max(0, min - count);
    }

    static String set(Set<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";", "{", "}"));
    }

    static List<Integer> list(Set<Integer> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    static String game(int home, int away) {
        return home + "-" + away;
    }

    /** The game {@code team} plays in {@code slot}, as home-away, for explanations. */
    static String gameOf(Timetable t, int team, int slot) {
        int opponent = t.opponent(team, slot);
        return t.isHome(team, slot) ? game(team, opponent) : game(opponent, team);
    }

    /** The games {@code team} plays in {@code slots} (slots where it plays, in the order given). */
    static List<String> gamesOf(Timetable t, int team, List<Integer> slots) {
        List<String> games = new ArrayList<>();
        for (int slot : slots) {
            if (t.plays(team, slot)) {
                games.add(gameOf(t, team, slot));
            }
        }
        return games;
    }

    static String bound(int count, int min, int max) {
        return count > max ? count + " (at most " + max + ")" : count + " (at least " + min + ")";
    }
}
