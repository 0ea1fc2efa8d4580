package com.flextime.optimizer.robinx;

import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.timetable.Match;
import java.util.Comparator;
import java.util.List;

/** Writes a RobinX solution file, games ordered by slot, with the score as its ObjectiveValue. */
public final class RobinxWriter {

    private RobinxWriter() {
    }

    public static String solution(String instanceName, String solutionName, List<Match> matches, Score score) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Solution>\n  <MetaData>\n");
        xml.append("    <InstanceName>").append(escape(instanceName)).append("</InstanceName>\n");
        xml.append("    <SolutionName>").append(escape(solutionName)).append("</SolutionName>\n");
        xml.append("    <ObjectiveValue infeasibility=\"").append(score.infeasibility()).append("\" objective=\"")
                .append(score.objective()).append("\"/>\n  </MetaData>\n  <Games>\n");
        matches.stream().sorted(Comparator.comparingInt(Match::slot).thenComparingInt(Match::home))
                .forEach(m -> xml.append("    <ScheduledMatch home=\"").append(m.home()).append("\" away=\"")
                        .append(m.away()).append("\" slot=\"").append(m.slot()).append("\"/>\n"));
        return xml.append("  </Games>\n</Solution>\n").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
