package com.flextime.optimizer.timetable;

/** One game of a round robin: {@code home} hosts {@code away} in time slot {@code slot} (ids from zero). */
public record Match(int home, int away, int slot) {
}
