package com.flextime.optimizer.constraints;

import java.util.Set;

/** Team or slot ids as a sorted array with O(1) membership: the search evaluates constraints millions of times. */
final class IdSet {

    final int[] ids;
    private final boolean[] member;
    /** The ids as bits, when all are below 64 (every RobinX instance here): a set test is one AND. */
    final long mask;
    final boolean small;

    IdSet(Set<Integer> values) {
        this.ids = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        this.member = new boolean[ids.length == 0 ? 0 : ids[ids.length - 1] + 1];
        long bits = 0;
        for (int id : ids) {
            member[id] = true;
            bits |= id < 64 ? 1L << id : 0;
        }
        this.mask = bits;
        this.small = ids.length == 0 || ids[ids.length - 1] < 64;
    }

    static int[] union(IdSet a, IdSet b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a.ids), java.util.Arrays.stream(b.ids))
                .distinct().sorted().toArray();
    }

    /** The slots and, for each, the one before it: a break in slot s depends on slots s-1 and s. */
    static int[] withPrevious(IdSet slots) {
        return java.util.Arrays.stream(slots.ids).flatMap(s -> s > 0 ? java.util.stream.IntStream.of(s - 1, s)
                : java.util.stream.IntStream.of(s)).distinct().sorted().toArray();
    }

    static int[] teamsOf(java.util.List<int[]> meetings) {
        return meetings.stream().flatMapToInt(java.util.Arrays::stream).distinct().sorted().toArray();
    }

    boolean has(int id) {
        return id >= 0 && id < member.length && member[id];
    }
}
