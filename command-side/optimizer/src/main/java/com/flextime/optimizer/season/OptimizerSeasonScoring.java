package com.flextime.optimizer.season;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.metrics.SeasonScoring;
import com.flextime.domain.schedule.Game;
import com.flextime.events.SeasonScheduleCreated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domain's {@link SeasonScoring} port answered by the optimizer: the trip gap and series length of the sport's
 * format, its season rules, and the soft part of {@link SeasonValidator}'s report (the one {@code generate} prints
 * and a proposal's score carries), so the metrics never score a season differently from the optimizer.
 */
public final class OptimizerSeasonScoring implements SeasonScoring {

    private final ConferenceCatalog catalog;

    public OptimizerSeasonScoring(ConferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Counting counting(String sport, String season) {
        return format(sport, season).map(f -> new Counting(SeasonRules.of(f).stream()
                .filter(u -> u.rule() instanceof Travel).map(u -> ((Travel) u.rule()).tripGap()).findFirst()
                .orElse(Counting.DEFAULT.tripGap()), f.seriesLength())).orElse(Counting.DEFAULT);
    }

    @Override
    public List<SeasonRule> rules(String sport, String season) {
        return format(sport, season).map(f -> {
            List<SeasonRule> rules = new ArrayList<>();
            SeasonRules.of(f).forEach(u -> rules.add(new SeasonRule(u.rule().id(), u.rule().name(), u.hard(),
                    u.weight())));
            SeasonRules.wide(f).forEach(u -> rules.add(new SeasonRule(u.rule().id(), u.rule().name(), u.hard(),
                    u.weight())));
            return List.copyOf(rules);
        }).orElse(List.of());
    }

    @Override
    public Optional<SoftScore> softScore(SeasonScheduleCreated season, Collection<Game> games) {
        Optional<SeasonFormat> format = format(season.sport(), season.season());
        if (format.isEmpty() || season.teams().size() < format.get().opponentsOnce()
                + format.get().opponentsTwice() + 1) {
            return Optional.empty();
        }
        SeasonContext context = new SeasonContext(format.get(), season, catalog, SeasonFormats.of(season.season()));
        List<SeasonGenerator.Game> played = games.stream()
                .sorted(Comparator.comparing(Game::date).thenComparing(Game::time).thenComparing(Game::id))
                .map(g -> new SeasonGenerator.Game(g.date(), g.time(), g.home(), g.away(), g.venue())).toList();
        SeasonValidator.Validation validation = SeasonValidator.validate(context, played);
        List<RuleScore> rules = new ArrayList<>();
        for (Map.Entry<String, Double> e : validation.soft().entrySet()) {
            rules.add(new RuleScore(e.getKey(), validation.softNames().get(e.getKey()), e.getValue()));
        }
        return Optional.of(new SoftScore(validation.softScore(), List.copyOf(rules)));
    }

    private static Optional<SeasonFormat> format(String sport, String season) {
        try {
            return SeasonFormats.of(season).format(sport);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no formats for that season at all
        }
    }
}
