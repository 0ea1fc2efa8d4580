package com.flextime.optimizer.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view of the solver's arrays answers "where does home host away?" by looking along the host's row; a timetable
 * built from games answers from its look-up tables. Both must give the same slot.
 */
class TimetableTest {

    /** Four teams, six slots: a double round robin, 0 hosting 1 in slots 0 and 3 (a repeat, so "first" matters). */
    private static final List<Match> SEASON = List.of(
            new Match(0, 1, 0), new Match(2, 3, 0),
            new Match(0, 2, 1), new Match(1, 3, 1),
            new Match(3, 0, 2), new Match(2, 1, 2),
            new Match(0, 1, 3), new Match(3, 2, 3),
            new Match(2, 0, 4), new Match(3, 1, 4),
            new Match(0, 3, 5), new Match(1, 2, 5));

    @Test
    void aViewFindsEveryGamesSlotAsTheLookUpTablesDo() {
        Timetable built = new Timetable(4, 6, SEASON);
        int[][] opponent = new int[4][6];
        boolean[][] home = new boolean[4][6];
        for (Match m : SEASON) {
            opponent[m.home()][m.slot()] = m.away();
            opponent[m.away()][m.slot()] = m.home();
            home[m.home()][m.slot()] = true;
        }
        Timetable view = Timetable.ofValidArrays(opponent, home);
        for (int h = 0; h < 4; h++) {
            for (int a = 0; a < 4; a++) {
                assertThat(view.slotOf(h, a)).as(h + " hosts " + a).isEqualTo(built.slotOf(h, a));
            }
        }
        assertThat(view.slotOf(0, 1)).isZero();
        assertThat(view.slotOf(1, 0)).isEqualTo(Timetable.NONE);
        assertThat(view.slotOf(2, 0)).isEqualTo(4);
    }
}
