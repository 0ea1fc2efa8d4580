package com.flextime.optimizer.season;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code partners-travel-together A-B;C-D;...} (soft): travel partners visit a partner pair together. When X plays at
 * H, X's travel partner Y plays at H's partner H' in the same round (the women's tennis partner weekend: Arizona at
 * Baylor and Arizona State at TCU on Friday, swapped on Sunday; the basketball partners' shared trip). The measure
 * is the number of road meetings X at H (both with a partner, X not H's partner) without Y at H' in that round,
 * also when Y does not visit H' at all: a season must not score better by dropping the partner's visit.
 */
final class PartnersTravelTogether implements SeasonWideRule {

    private final List<String[]> pairs = new ArrayList<>();
    private final String key;

    PartnersTravelTogether(String param) {
        for (String pair : com.flextime.domain.conference.CsvTable.list(param, ";")) {
            String[] teams = pair.split("-");
            if (teams.length != 2) {
                throw new IllegalArgumentException("partners-travel-together: expected A-B, got " + pair);
            }
            pairs.add(new String[] {teams[0].trim(), teams[1].trim()});
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("partners-travel-together: no pairs given");
        }
        this.key = "partners " + param;
    }

    @Override
    public String id() {
        return "partners-travel-together";
    }

    @Override
    public String name() {
        return "Road games without the travel partner at the host's partner in the same round";
    }

    /** Per chain: each team's partner (-1 for none) and the rounds each visitor plays at each host, as bits. */
    private static final class Scratch {
        final int[] partner;
        final long[][] rounds;

        Scratch(int n) {
            partner = new int[n];
            rounds = new long[n][n];
        }
    }

    @Override
    public double measure(SeasonGames games, SeasonContext c) {
        Scratch s = games.scratch(key, () -> {
            Scratch made = new Scratch(c.n);
            Arrays.fill(made.partner, -1);
            for (String[] pair : pairs) {
                Integer a = c.index.get(pair[0]);
                Integer b = c.index.get(pair[1]);
                if (a != null && b != null) {
                    made.partner[a] = b;
                    made.partner[b] = a;
                }
            }
            return made;
        });
        for (long[] row : s.rounds) {
            Arrays.fill(row, 0L);
        }
        for (int g = 0; g < games.size; g++) {
            if (games.round[g] >= 0) {
                s.rounds[games.visitor[g]][games.host[g]] |= 1L << (games.round[g] & 63);
            }
        }
        int apart = 0;
        for (int g = 0; g < games.size; g++) {
            int x = games.visitor[g];
            int h = games.host[g];
            int y = s.partner[x];
            int h2 = s.partner[h];
            if (y < 0 || h2 < 0 || h2 == x || games.round[g] < 0) {
                continue;
            }
            if ((s.rounds[y][h2] & (1L << (games.round[g] & 63))) == 0) {
                apart++;
            }
        }
        return apart;
    }
}
