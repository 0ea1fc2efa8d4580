package com.flextime.optimizer.constraints;

import java.util.Set;

/** Team or slot ids as a sorted array with O(1) membership: the search evaluates constraints millions of times. */
final class IdSet {

    final int[] ids;
    private final boolean[] member;

    IdSet(Set<Integer> values) {
        this.ids = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        this.member = new boolean[ids.length == 0 ? 0 : ids[ids.length - 1] + 1];
        for (int id : ids) {
            member[id] = true;
        }
    }

    boolean has(int id) {
        return id >= 0 && id < member.length && member[id];
    }
}
