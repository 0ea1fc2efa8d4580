package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.constraints.BR1TeamBreaks;
import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.CA1TeamHomeAwayCapacity;
import com.flextime.optimizer.constraints.CA2TeamAgainstGroupCapacity;
import com.flextime.optimizer.constraints.CA3TeamWindowCapacity;
import com.flextime.optimizer.constraints.CA4GroupCapacity;
import com.flextime.optimizer.constraints.FA2HomeGameBalance;
import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.SE1Separation;
import com.flextime.optimizer.constraints.TimetableConstraint;
import java.util.HashSet;

/**
 * A hard RobinX constraint as its soft twin (same id, weight and limits): a model of soft twins minimises the
 * hard deviation instead of demanding none. The round-robin structure stays hard.
 */
final class HardAsSoft {

    private HardAsSoft() {
    }

    static TimetableConstraint soft(TimetableConstraint c) {
        if (!c.hard() || c instanceof RoundRobinStructure) {
            return c;
        }
        String id = c.id();
        int w = c.weight();
        if (c instanceof CA1TeamHomeAwayCapacity x) {
            return new CA1TeamHomeAwayCapacity(id, false, w, x.teams(), x.slots(), x.mode(), x.min(), x.max());
        } else if (c instanceof CA2TeamAgainstGroupCapacity x) {
            return new CA2TeamAgainstGroupCapacity(id, false, w, x.teams1(), x.teams2(), x.slots(), x.mode(), x.min(),
                    x.max());
        } else if (c instanceof CA3TeamWindowCapacity x) {
            return new CA3TeamWindowCapacity(id, false, w, x.teams1(), x.teams2(), x.mode(), x.window(), x.min(),
                    x.max());
        } else if (c instanceof CA4GroupCapacity x) {
            return new CA4GroupCapacity(id, false, w, x.teams1(), x.teams2(), x.slots(), x.mode(), x.everySlot(),
                    x.min(), x.max());
        } else if (c instanceof GA1FixedGames x) {
            return new GA1FixedGames(id, false, w, x.meetings(), x.slots(), x.min(), x.max());
        } else if (c instanceof BR1TeamBreaks x) {
            return new BR1TeamBreaks(id, false, w, x.teams(), x.slots(), x.mode(), x.max());
        } else if (c instanceof BR2TotalBreaks x) {
            return new BR2TotalBreaks(id, false, w, x.teams(), x.slots(), x.max());
        } else if (c instanceof FA2HomeGameBalance x) {
            return new FA2HomeGameBalance(id, false, w, new HashSet<>(x.teams()), x.slots(), x.max());
        } else if (c instanceof SE1Separation x) {
            return new SE1Separation(id, false, w, new HashSet<>(x.teams()), x.min(), x.max());
        }
        throw new IllegalArgumentException("no soft twin for hard constraint " + id);
    }
}
