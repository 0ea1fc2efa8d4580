package com.flextime.optimizer.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;

/**
 * Timefold's planning solution: the games (ordered pairs) with their slots, and the problem's constraints,
 * which {@link ScheduleScoreCalculator} scores them against.
 */
@PlanningSolution
public class Schedule {

    private int teams;
    private int slots;
    private List<TimetableConstraint> constraints;

    @PlanningEntityCollectionProperty
    private List<Game> games;

    @PlanningScore
    private HardSoftLongScore score;

    public Schedule() {
    }

    public Schedule(int teams, int slots, List<TimetableConstraint> constraints, List<Game> games) {
        this.teams = teams;
        this.slots = slots;
        this.constraints = constraints;
        this.games = games;
    }

    @ValueRangeProvider(id = "slots")
    public CountableValueRange<Integer> slotRange() {
        return ValueRangeFactory.createIntValueRange(0, slots);
    }

    public int getTeams() {
        return teams;
    }

    public int getSlots() {
        return slots;
    }

    public List<TimetableConstraint> getConstraints() {
        return constraints;
    }

    public List<Game> getGames() {
        return games;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    /** The games that have a slot, as matches. */
    public List<Match> matches() {
        List<Match> result = new ArrayList<>(games.size());
        for (Game game : games) {
            if (game.getSlot() != null) {
                result.add(new Match(game.getHome(), game.getAway(), game.getSlot()));
            }
        }
        return result;
    }

    public Timetable timetable() {
        return new Timetable(teams, slots, matches());
    }
}
