package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.timetable.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * The circle method, mirrored: a valid compact double round robin for every format (a mirrored one is also
 * phased). The fallback timetable when CP-SAT finds none, so the result still says how infeasible it is.
 */
final class CircleMethod {

    private CircleMethod() {
    }

    static List<Match> mirrored(int teams) {
        int rounds = teams - 1;
        List<Match> matches = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < teams / 2; i++) {
                int a = i == 0 ? teams - 1 : (r + i) % rounds;
                int b = (r + rounds - i) % rounds;
                if (i == 0) {
                    b = r;
                }
                // alternate the fixed team's side so its breaks stay few
                boolean swap = (i == 0) ? r % 2 == 1 : i % 2 == 1;
                int home = swap ? b : a;
                int away = swap ? a : b;
                matches.add(new Match(home, away, r));
                matches.add(new Match(away, home, r + rounds));
            }
        }
        return matches;
    }
}
