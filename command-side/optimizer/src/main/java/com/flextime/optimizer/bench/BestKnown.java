package com.flextime.optimizer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Best-known objectives (upper bounds) from the shipped reference tables of ITC2021 and the TTP. */
public final class BestKnown {

    private static final Map<String, Long> VALUES = load();

    private BestKnown() {
    }

    public static OptionalLong of(String instance) {
        Long value = VALUES.get(instance);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Map<String, Long> load() {
        Map<String, Long> values = new HashMap<>();
        read("/benchmarks/itc2021/itc2021_reference.csv", values);
        read("/benchmarks/ttp/ttp_reference.csv", values);
        return values;
    }

    /** Both tables have the instance in column 1 and the best known upper bound in column 4. */
    private static void read(String resource, Map<String, Long> values) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BestKnown.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> fields = split(line);
                if (fields.size() > 3 && !fields.get(3).isBlank()) {
                    values.put(fields.get(0), Long.parseLong(fields.get(3).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
