package com.flextime.optimizer.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One game of the double round robin, {@code home} v {@code away}: Timefold chooses its slot. */
@PlanningEntity
public class Game {

    @PlanningId
    private int id;
    private int home;
    private int away;

    @PlanningVariable(valueRangeProviderRefs = "slots")
    private Integer slot;

    public Game() {
    }

    public Game(int id, int home, int away, Integer slot) {
        this.id = id;
        this.home = home;
        this.away = away;
        this.slot = slot;
    }

    public int getId() {
        return id;
    }

    public int getHome() {
        return home;
    }

    public int getAway() {
        return away;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }

    @Override
    public String toString() {
        return home + "-" + away + "@" + slot;
    }
}
