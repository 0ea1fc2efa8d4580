package com.flextime.optimizer.robinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the reader refuses: RobinX formats and constraint types the solver and the scorer do not model. */
class RobinxReaderTest {

    @Test
    void aCompactDoubleRoundRobinIsRead() throws IOException {
        RobinxInstance instance = read(instance("2", "C", "", "<CA3 intp=\"4\" max=\"3\" min=\"0\" mode1=\"H\""
                + " mode2=\"GLOBAL\" penalty=\"1\" teams1=\"0;1;2;3\" teams2=\"0;1;2;3\" type=\"HARD\"/>"));

        assertThat(instance.teams()).isEqualTo(4);
        assertThat(instance.slots()).isEqualTo(6);
        assertThat(instance.constraints()).extracting(c -> c.id()).contains("CA3#1");
    }

    @Test
    void aSingleRoundRobinIsRefusedByItsFormatNotMisreadAsADoubleOne() {
        assertThatThrownBy(() -> read(instance("1", "C", "", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TINY is not a compact double round robin")
                .hasMessageContaining("numberRoundRobin 1");
    }

    @Test
    void aRelaxedTimetableAndAdditionalGamesAreRefusedNamingBoth() {
        assertThatThrownBy(() -> read(instance("2", "R", "<game team1=\"1\" team2=\"0\" noHome=\"false\"/>", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compactness R")
                .hasMessageContaining("1 additional games");
    }

    @Test
    void anUnknownConstraintTypeIsRefusedByName() {
        assertThatThrownBy(() -> read(instance("2", "C", "", "<BA1 penalty=\"1\" type=\"HARD\"/>")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constraint type BA1 is not supported");
    }

    private static RobinxInstance read(String xml) throws IOException {
        return RobinxReader.readInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String instance(String rounds, String compactness, String additionalGames, String constraints) {
        StringBuilder teams = new StringBuilder();
        for (int t = 0; t < 4; t++) {
            teams.append("<team id=\"").append(t).append("\" league=\"0\" name=\"T").append(t).append("\"/>");
        }
        StringBuilder slots = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            slots.append("<slot id=\"").append(s).append("\" name=\"S").append(s).append("\"/>");
        }
        return "<Instance><MetaData><InstanceName>TINY</InstanceName></MetaData>"
                + "<Structure><Format leagueIds=\"0\"><numberRoundRobin>" + rounds + "</numberRoundRobin>"
                + "<compactness>" + compactness + "</compactness></Format>"
                + "<AdditionalGames>" + additionalGames + "</AdditionalGames></Structure>"
                + "<ObjectiveFunction><Objective>SC</Objective></ObjectiveFunction>"
                + "<Resources><Teams>" + teams + "</Teams><Slots>" + slots + "</Slots></Resources>"
                + "<Constraints><CapacityConstraints>" + constraints + "</CapacityConstraints></Constraints>"
                + "</Instance>";
    }
}
