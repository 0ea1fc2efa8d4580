package com.flextime.optimizer.robinx;

import static com.flextime.optimizer.robinx.RobinxXml.child;
import static com.flextime.optimizer.robinx.RobinxXml.children;
import static com.flextime.optimizer.robinx.RobinxXml.descendants;
import static com.flextime.optimizer.robinx.RobinxXml.text;

import com.flextime.optimizer.constraints.BR1TeamBreaks;
import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.CA1TeamHomeAwayCapacity;
import com.flextime.optimizer.constraints.CA2TeamAgainstGroupCapacity;
import com.flextime.optimizer.constraints.CA3TeamWindowCapacity;
import com.flextime.optimizer.constraints.CA4GroupCapacity;
import com.flextime.optimizer.constraints.FA2HomeGameBalance;
import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.SE1Separation;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.timetable.Match;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.w3c.dom.Element;

/**
 * Reads RobinX instance and solution files (ITC2021 and the travelling tournament benchmarks). Team and slot
 * groups are resolved to ids; a constraint type it does not know is refused by name rather than ignored.
 */
public final class RobinxReader {

    private RobinxReader() {
    }

    public static RobinxInstance readInstance(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readInstance(in);
        }
    }

    public static RobinxInstance readInstance(InputStream in) throws IOException {
        Element root = RobinxXml.parse(in).getDocumentElement();
        String name = text(child(root, "MetaData"), "InstanceName");
        Element resources = child(root, "Resources");
        List<Element> teamElements = children(child(resources, "Teams"));
        List<String> teamNames = teamElements.stream().map(e -> e.getAttribute("name")).toList();
        int slots = children(child(resources, "Slots")).size();
        Groups groups = new Groups(teamElements, children(child(resources, "Slots")), slots);

        Element structure = child(root, "Structure");
        Element format = child(structure, "Format");
        requireCompactDoubleRoundRobin(name, format, child(structure, "AdditionalGames"));
        String gameMode = text(format, "gameMode");
        RoundRobinStructure.Kind kind = "P".equals(gameMode) ? RoundRobinStructure.Kind.PHASED
                : "M".equals(gameMode) ? RoundRobinStructure.Kind.MIRRORED : RoundRobinStructure.Kind.PLAIN;
        List<TimetableConstraint> constraints = new ArrayList<>();
        constraints.add(new RoundRobinStructure(kind));

        int[][] distances = null;
        if ("TR".equals(text(child(root, "ObjectiveFunction"), "Objective"))) {
            distances = distances(root, teamNames.size());
            constraints.add(new TravelDistance(distances));
        }
        Element constraintRoot = child(root, "Constraints");
        Map<String, Integer> counters = new HashMap<>();
        if (constraintRoot != null) {
            for (Element family : children(constraintRoot)) {
                for (Element c : children(family)) {
                    String type = c.getTagName();
                    String id = type + "#" + counters.merge(type, 1, Integer::sum);
                    constraints.add(constraint(id, c, groups));
                }
            }
        }
        return new RobinxInstance(name, teamNames, slots, kind, constraints, distances);
    }

    /**
     * The solver and the scorer know compact double round robins only; RobinX also describes single round robins,
     * relaxed (time-relaxed) ones and extra games. Those are refused by what they are, not misread as a double
     * round robin and scored against rules they do not have. A file that does not say is a double round robin
     * (the ITC2021 and classic TTP files all say so).
     */
    private static void requireCompactDoubleRoundRobin(String name, Element format, Element additionalGames) {
        String rounds = format == null ? null : text(format, "numberRoundRobin");
        String compactness = format == null ? null : text(format, "compactness");
        int extraGames = additionalGames == null ? 0 : children(additionalGames).size();
        List<String> unlike = new ArrayList<>();
        if (rounds != null && !rounds.isEmpty() && !"2".equals(rounds)) {
            unlike.add("numberRoundRobin " + rounds);
        }
        if (compactness != null && !compactness.isEmpty() && !"C".equals(compactness)) {
            unlike.add("compactness " + compactness);
        }
        if (extraGames > 0) {
            unlike.add(extraGames + " additional games");
        }
        if (!unlike.isEmpty()) {
            throw new IllegalArgumentException(name + " is not a compact double round robin (" + String.join(", ", unlike)
                    + "); supported: numberRoundRobin 2, compactness C, no additional games");
        }
    }

    private static int[][] distances(Element root, int teams) {
        int[][] d = new int[teams][teams];
        for (Element e : descendants(child(root, "Data"), "distance")) {
            d[Integer.parseInt(e.getAttribute("team1"))][Integer.parseInt(e.getAttribute("team2"))] =
                    Integer.parseInt(e.getAttribute("dist"));
        }
        return d;
    }

    private static TimetableConstraint constraint(String id, Element c, Groups g) {
        boolean hard = "HARD".equalsIgnoreCase(c.getAttribute("type"));
        int weight = intAttr(c, "penalty", 1);
        int min = intAttr(c, "min", 0);
        int max = intAttr(c, "max", Integer.MAX_VALUE);
        return switch (c.getTagName()) {
            case "CA1" -> new CA1TeamHomeAwayCapacity(id, hard, weight, g.teams(c, ""), g.slots(c),
                    Mode.parse(c.getAttribute("mode")), min, max);
            case "CA2" -> new CA2TeamAgainstGroupCapacity(id, hard, weight, g.teams(c, "1"), g.teams(c, "2"),
                    g.slots(c), Mode.parse(c.getAttribute("mode1")), min, max);
            case "CA3" -> new CA3TeamWindowCapacity(id, hard, weight, g.teams(c, "1"), g.teams(c, "2"),
                    Mode.parse(c.getAttribute("mode1")), intAttr(c, "intp", 1), min, max);
            case "CA4" -> new CA4GroupCapacity(id, hard, weight, g.teams(c, "1"), g.teams(c, "2"), g.slots(c),
                    Mode.parse(c.getAttribute("mode1")), "EVERY".equals(c.getAttribute("mode2")), min, max);
            case "GA1" -> new GA1FixedGames(id, hard, weight, meetings(c.getAttribute("meetings")), g.slots(c),
                    min, max);
            case "BR1" -> new BR1TeamBreaks(id, hard, weight, g.teams(c, ""), g.slots(c),
                    Mode.parse(c.getAttribute("mode2")), intAttr(c, "intp", 0));
            case "BR2" -> new BR2TotalBreaks(id, hard, weight, g.teams(c, ""), g.slots(c), intAttr(c, "intp", 0));
            case "FA2" -> new FA2HomeGameBalance(id, hard, weight, g.teams(c, ""), g.slots(c),
                    intAttr(c, "intp", 0));
            case "SE1" -> new SE1Separation(id, hard, weight, g.teams(c, ""), min,
                    c.hasAttribute("max") ? Integer.valueOf(c.getAttribute("max")) : null);
            default -> throw new IllegalArgumentException("constraint type " + c.getTagName()
                    + " is not supported (supported: CA1-CA4, GA1, BR1, BR2, FA2, SE1)");
        };
    }

    private static int intAttr(Element e, String name, int fallback) {
        return e.hasAttribute(name) && !e.getAttribute(name).isBlank() ? Integer.parseInt(e.getAttribute(name))
                : fallback;
    }

    private static List<int[]> meetings(String text) {
        List<int[]> result = new ArrayList<>();
        for (String pair : text.split(";")) {
            if (!pair.isBlank()) {
                String[] teams = pair.split(",");
                result.add(new int[] {Integer.parseInt(teams[0].strip()), Integer.parseInt(teams[1].strip())});
            }
        }
        return result;
    }

    /** Resolves "teams"/"teamGroups" and "slots"/"slotGroups" attributes to id sets. */
    private record Groups(Map<String, Set<Integer>> teamGroups, Map<String, Set<Integer>> slotGroups,
                          int slotCount) {

        Groups(List<Element> teams, List<Element> slots, int slotCount) {
            this(membership(teams), membership(slots), slotCount);
        }

        private static Map<String, Set<Integer>> membership(List<Element> elements) {
            Map<String, Set<Integer>> groups = new HashMap<>();
            for (Element e : elements) {
                for (String group : ids(e.getAttribute(e.hasAttribute("teamGroups") ? "teamGroups" : "slotGroups"))) {
                    groups.computeIfAbsent(group, k -> new LinkedHashSet<>())
                            .add(Integer.parseInt(e.getAttribute("id")));
                }
            }
            return groups;
        }

        Set<Integer> teams(Element c, String suffix) {
            if (c.hasAttribute("teams" + suffix)) {
                return ints(c.getAttribute("teams" + suffix));
            }
            return ids(c.getAttribute("teamGroups" + suffix)).stream()
                    .flatMap(group -> teamGroups.getOrDefault(group, Set.of()).stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        Set<Integer> slots(Element c) {
            if (c.hasAttribute("slots")) {
                return ints(c.getAttribute("slots"));
            }
            if (c.hasAttribute("slotGroups")) {
                return ids(c.getAttribute("slotGroups")).stream()
                        .flatMap(group -> slotGroups.getOrDefault(group, Set.of()).stream())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
            return IntStream.range(0, slotCount).boxed().collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static List<String> ids(String text) {
            return text == null || text.isBlank() ? List.of()
                    : java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static Set<Integer> ints(String text) {
            return ids(text).stream().map(Integer::parseInt).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    public static RobinxSolution readSolution(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readSolution(in);
        }
    }

    public static RobinxSolution readSolution(InputStream in) throws IOException {
        Element root = RobinxXml.parse(in).getDocumentElement();
        Element meta = child(root, "MetaData");
        Element claimed = meta == null ? null : child(meta, "ObjectiveValue");
        List<Match> matches = descendants(root, "ScheduledMatch").stream()
                .map(e -> new Match(Integer.parseInt(e.getAttribute("home")), Integer.parseInt(e.getAttribute("away")),
                        Integer.parseInt(e.getAttribute("slot"))))
                .toList();
        return new RobinxSolution(text(meta, "InstanceName"), matches,
                claimed == null || !claimed.hasAttribute("infeasibility") ? null
                        : Long.valueOf(claimed.getAttribute("infeasibility")),
                claimed == null || !claimed.hasAttribute("objective") ? null
                        : Long.valueOf(claimed.getAttribute("objective")));
    }
}
