package com.flextime.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Liberal header names, strict values: how a file's rows are read before any rule sees them. */
class ImportFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void headerNamesAreReadInAnyCaseWithSynonymsAndOtherSeparators() {
        SourceRows rows = csv("\uFEFFGame Date;KICK-OFF;home_team;Visitors;Site;TV\n"
                + "2026-01-03;19:00;KU;KSU;allen-fieldhouse;ESPN\n\n2026-01-07; 20:00:00 ;BYU;UTAH;;\n");
        assertThat(rows.ignoredColumns()).containsExactly("TV");
        assertThat(rows.rows()).hasSize(2);
        ImportRow first = ImportRow.of(rows.rows().get(0));
        assertThat(first.readable()).isTrue();
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(first.venue()).isEqualTo("allen-fieldhouse");
        ImportRow second = ImportRow.of(rows.rows().get(1));
        assertThat(second.row()).isEqualTo(2);
        assertThat(second.time()).isEqualTo(LocalTime.of(20, 0));
        assertThat(second.venue()).isNull();
    }

    @Test
    void valuesAreStrictAndEveryBadColumnOfARowIsNamed() {
        SourceRows rows = csv("date,time,home,away\n3/1/2026,7pm,,KSU\n");
        ImportRow row = ImportRow.of(rows.rows().get(0));
        assertThat(row.errors()).extracting(ImportReport.FieldError::field).containsExactly("date", "time", "home");
    }

    @Test
    void aHeaderMissingAColumnOrNamingOneTwiceIsTheFilesProblem() {
        assertThatThrownBy(() -> csv("date,time,home\n2026-01-03,19:00,KU\n"))
                .isInstanceOf(InvalidScheduleRequest.class).extracting("field").isEqualTo("away");
        assertThatThrownBy(() -> csv("date,time,home,away,Home Team\n"))
                .isInstanceOf(InvalidScheduleRequest.class).extracting("field").isEqualTo("home");
        assertThatThrownBy(() -> csv("2026-01-03,19:00,KU,KSU\n"))
                .isInstanceOf(InvalidScheduleRequest.class).extracting("field").isEqualTo("body");
    }

    @Test
    void jsonRowsAreObjectsWithStringValues() {
        SourceRows rows = ImportFile.read("application/json; charset=utf-8", """
                [{"DATE":"2026-01-03","time":"19:00","home":"KU","away":"KSU","id":7},
                 "KU v KSU",
                 {"date":["2026-01-03"],"time":"19:00","home":"KU","away":"KSU"}]"""
                .getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(rows.ignoredColumns()).containsExactly("id");
        assertThat(ImportRow.of(rows.rows().get(0)).readable()).isTrue();
        assertThat(ImportRow.of(rows.rows().get(1)).errors().get(0).field()).isEqualTo("row");
        assertThat(ImportRow.of(rows.rows().get(2)).errors()).extracting(ImportReport.FieldError::message)
                .containsExactly("must be a string, not array");
    }

    private static SourceRows csv(String text) {
        return ImportFile.read("text/csv", text.getBytes(StandardCharsets.UTF_8), JSON);
    }
}
