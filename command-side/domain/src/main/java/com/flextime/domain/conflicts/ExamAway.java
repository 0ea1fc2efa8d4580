package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.School;
import java.util.Collection;
import java.util.List;

/**
 * {@code exam-away}: a team does not play on the road on its school's final-exam days (the days of
 * {@code final_exams_<season>.csv}), in the sports whose season rules have an {@code exam-away} row. Schools ask to
 * be home during finals, so hosting on an exam day is no conflict. Soft, as in the season rules.
 */
final class ExamAway implements GameConflictRule {

    private final ConferenceCatalog catalog;
    private final ConflictData data;

    ExamAway(ConferenceCatalog catalog, ConflictData data) {
        this.catalog = catalog;
        this.data = data;
    }

    @Override
    public String id() {
        return "exam-away";
    }

    @Override
    public String name() {
        return "No road game on the team's final-exam days";
    }

    @Override
    public Severity severity() {
        return Severity.SOFT;
    }

    @Override
    public List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around) {
        if (!data.examAway(game.sport()) || !data.examDays(game.away()).contains(game.date())) {
            return List.of();
        }
        String school = catalog.school(game.away()).map(School::shortName).orElse(game.away());
        return List.of(conflict(game.away() + " plays on the road (" + game.label() + ") on a final-exam day at "
                + school, List.of(game.away()), List.of(game), game.venue()));
    }
}
