package com.flextime.optimizer.season;

/**
 * {@code exam-away}: road games on the team's own final-exam days. Schools ask to be home, not travelling, during
 * finals (the sources' exam-week home preferences), so hosting on an exam day costs nothing.
 */
final class ExamAway implements SeasonRule {

    @Override
    public String id() {
        return "exam-away";
    }

    @Override
    public String name() {
        return "Road games on the team's final-exam days";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        boolean[] exam = c.exam[s.team];
        int games = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.home[i]) {
                for (int d = s.first[i]; d <= s.last[i]; d++) {
                    if (d >= 0 && d < exam.length && exam[d]) {
                        games++;
                    }
                }
            }
        }
        return games;
    }
}
