package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Imports in CSV, Excel and JSON: every row is the ordinary add-game command, checked in file order against the
 * rules and the rows before it; the answer says what became of each row. The file's five rows: a good game, BYU on
 * a Sunday, a malformed date, KSU twice on the day of row 1, and another good game.
 */
class ImportTest extends ServiceTest {

    private static final String CSV_TYPE = "text/csv";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String MIXED_CSV = """
            Date,Start Time,Home Team,AWAY,Notes
            2026-01-03,19:00,KU,KSU,opener
            2026-01-04,19:00,BYU,UTAH,
            2026-13-01,19:00,UTAH,BYU,typo

            2026-01-03,20:00,KSU,UTAH,
            2026-01-07,19:00,KU,BYU,ESPN+
            """;

    @Test
    void csvRowsBecomeGamesOneCommandEachUnderOneCorrelationId() {
        String id = createSeason();
        Answer report = importFile(id, CSV_TYPE, MIXED_CSV.getBytes(StandardCharsets.UTF_8), "");
        assertMixedReport(report, false);
        assertThat(report.body().get("ignoredColumns")).extracting(JsonNode::asText).containsExactly("Notes");
        assertThat(report.version()).isEqualTo(2);

        Answer history = api.get("/v2/schedules/" + id + "/history", AUDITOR);
        List<JsonNode> added = new ArrayList<>();
        history.body().forEach(e -> {
            if (e.get("version").asLong() > 0) {
                added.add(e);
            }
        });
        assertThat(added).extracting(e -> e.get("type").asText()).containsExactly("GameScheduled", "GameScheduled");
        assertThat(added).allSatisfy(e -> {
            assertThat(e.at("/metadata/correlationId").asText()).isEqualTo(report.body().get("importId").asText());
            assertThat(e.at("/metadata/user").asText()).isEqualTo("tester");
        });
        assertThat(added).extracting(e -> e.at("/payload/gameId").asText())
                .containsExactly(gameId(report, 1), gameId(report, 5));
        assertThat(added.get(0).at("/payload/venue").asText()).isEqualTo("allen-fieldhouse");

        JsonNode games = readAtVersion(id, 2).body().get("games");
        assertThat(games).hasSize(2);
    }

    @Test
    void anExcelWorkbookWithDateCellsImportsLikeTheCsv() throws IOException {
        String id = createSeason();
        Answer report = importFile(id, XLSX_TYPE, mixedWorkbook(), "");
        assertMixedReport(report, false);
        assertThat(report.body().get("ignoredColumns")).extracting(JsonNode::asText).containsExactly("TV");
        JsonNode games = readAtVersion(id, 2).body().get("games");
        assertThat(games).extracting(g -> g.get("date").asText() + " " + g.get("time").asText())
                .containsExactly("2026-01-03 19:00:00", "2026-01-07 19:00:00");
    }

    @Test
    void aJsonArrayOfRowsImportsLikeTheCsv() {
        String id = createSeason();
        String rows = """
                [{"date":"2026-01-03","time":"19:00","home":"KU","away":"KSU"},
                 {"Date":"2026-01-04","Time":"19:00","HOME":"BYU","Away Team":"UTAH"},
                 {"date":"03/01/2026","time":"19:00","home":"UTAH","away":"BYU","note":"US date"},
                 {"date":"2026-01-03","time":"20:00","home":"KSU","away":"UTAH"},
                 {"date":"2026-01-07","time":"19:00:00","home":"KU","away":"BYU","venue":"allen-fieldhouse"}]""";
        Answer report = importFile(id, "application/json", rows.getBytes(StandardCharsets.UTF_8), "");
        assertMixedReport(report, false);
        assertThat(report.body().get("ignoredColumns")).extracting(JsonNode::asText).containsExactly("note");
    }

    @Test
    void aDryRunReportsWhatTheImportWouldDoAndStoresNothing() {
        String id = createSeason();
        game(id, "UTAH", "KSU", "2026-01-14");
        JsonNode before = api.get("/v2/schedules/" + id + "/history", AUDITOR).body();

        Answer dryRun = importFile(id, CSV_TYPE, MIXED_CSV.getBytes(StandardCharsets.UTF_8), "?dryRun=true");
        assertMixedReport(dryRun, true);
        assertThat(dryRun.version()).isEqualTo(1);
        assertThat(api.get("/v2/schedules/" + id + "/history", AUDITOR).body()).isEqualTo(before);

        // the real import of the same file does what the dry run said, row for row
        Answer real = importFile(id, CSV_TYPE, MIXED_CSV.getBytes(StandardCharsets.UTF_8), "");
        assertMixedReport(real, false);
        assertThat(outcomes(real)).isEqualTo(outcomes(dryRun));
        assertThat(api.get("/v2/schedules/" + id + "/history", AUDITOR).body()).hasSize(before.size() + 2);
    }

    @Test
    void sendingTheSameFileAgainAddsNothing() {
        String id = createSeason();
        byte[] file = """
                date;time;home;away;venue
                2026-01-03;19:00;KU;KSU;
                2026-01-07;19:00;KU;BYU;allen-fieldhouse
                2026-01-10;13:00;KSU;UTAH;
                """.getBytes(StandardCharsets.UTF_8);
        Answer first = importFile(id, CSV_TYPE, file, "");
        assertThat(first.body().at("/totals/accepted").asInt()).isEqualTo(3);

        Answer again = importFile(id, CSV_TYPE, file, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("totals").toString())
                .isEqualTo("{\"rows\":3,\"accepted\":0,\"refused\":0,\"unchanged\":3}");
        assertThat(again.body().get("rows")).extracting(r -> r.get("gameId").asText())
                .containsExactlyElementsOf(first.body().get("rows").findValuesAsText("gameId"));
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(readAtVersion(id, 3).body().get("games")).hasSize(3);
        assertThat(api.get("/v2/schedules/" + id + "/history", AUDITOR).body()).hasSize(4);
    }

    @Test
    void aFileThatCannotBeReadIs400AndChangesNothing() {
        String id = createSeason();
        byte[] csv = MIXED_CSV.getBytes(StandardCharsets.UTF_8);
        assertBadFile(importFile(id, "text/plain", csv, ""), "Content-Type");
        assertBadFile(importFile(id, null, csv, ""), "Content-Type");
        assertBadFile(importFile(id, CSV_TYPE, "2026-01-03,19:00,KU,KSU\n".getBytes(StandardCharsets.UTF_8), ""),
                "body");
        assertBadFile(importFile(id, CSV_TYPE, "date,time,home\n2026-01-03,19:00,KU\n"
                .getBytes(StandardCharsets.UTF_8), ""), "away");
        assertBadFile(importFile(id, XLSX_TYPE, csv, ""), "body");
        assertBadFile(importFile(id, "application/json", "{\"date\":\"2026-01-03\"}".getBytes(StandardCharsets.UTF_8),
                ""), "body");
        assertBadFile(importFile(id, "application/json", new byte[0], ""), "body");
        assertThat(importFile(id, CSV_TYPE, csv, "?dryRun=maybe").status()).isEqualTo(400);
        assertThat(api.get("/v2/schedules/" + id + "/history", AUDITOR).body()).hasSize(1);
        assertThat(importFile("no-such-schedule", CSV_TYPE, csv, "").status()).isEqualTo(404);
    }

    private Answer importFile(String id, String contentType, byte[] file, String query) {
        return api.upload("/v2/schedules/" + id + "/import" + query, SCHEDULER, contentType, file);
    }

    private static void assertMixedReport(Answer report, boolean dryRun) {
        assertThat(report.status()).as(String.valueOf(report.body())).isEqualTo(200);
        JsonNode body = report.body();
        assertThat(body.get("dryRun").asBoolean()).isEqualTo(dryRun);
        assertThat(body.get("totals").toString())
                .isEqualTo("{\"rows\":5,\"accepted\":2,\"refused\":3,\"unchanged\":0}");
        assertThat(outcomes(report)).containsExactly("1 accepted", "2 refused", "3 refused", "4 refused",
                "5 accepted");
        JsonNode rows = body.get("rows");
        assertThat(rows.get(1).get("violations").findValuesAsText("ruleId")).contains("no-play-day");
        assertThat(rows.get(1).at("/violations/0/message").asText()).contains("BYU never plays on a Sunday");
        assertThat(rows.get(2).at("/errors/0/field").asText()).isEqualTo("date");
        assertThat(rows.get(2).has("violations")).isFalse();
        // row 4 is refused because of row 1, accepted a moment before in the same file
        JsonNode sameDay = rows.get(3).get("violations").get(0);
        assertThat(sameDay.get("ruleId").asText()).isEqualTo("team-one-game-per-day");
        assertThat(sameDay.get("games")).extracting(JsonNode::asText).contains(rows.get(0).get("gameId").asText());
    }

    private static List<String> outcomes(Answer report) {
        List<String> outcomes = new ArrayList<>();
        report.body().get("rows").forEach(r -> outcomes.add(r.get("row").asInt() + " " + r.get("outcome").asText()));
        return outcomes;
    }

    private static String gameId(Answer report, int row) {
        return report.body().get("rows").get(row - 1).get("gameId").asText();
    }

    private static void assertBadFile(Answer answer, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo(field);
    }

    /** The same five rows as a workbook a scheduler would save: date cells, a time cell, text times. */
    private static byte[] mixedWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("MBB");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("h:mm"));
            text(sheet.createRow(0), "GAME DATE", "Tip-off", "home", "away", "TV");
            Row first = text(sheet.createRow(1), null, null, "KU", "KSU", "ESPN");
            first.createCell(0).setCellValue(LocalDate.of(2026, 1, 3));
            first.getCell(0).setCellStyle(dateStyle);
            first.createCell(1).setCellValue(19.0 / 24); // 19:00 as a spreadsheet time
            first.getCell(1).setCellStyle(timeStyle);
            Row sunday = text(sheet.createRow(2), null, "19:00", "BYU", "UTAH");
            sunday.createCell(0).setCellValue(LocalDate.of(2026, 1, 4));
            sunday.getCell(0).setCellStyle(dateStyle);
            text(sheet.createRow(3), "Jan 3rd", "19:00", "UTAH", "BYU");
            // a blank row, skipped and not counted
            text(sheet.createRow(5), "2026-01-03", "20:00", "KSU", "UTAH");
            text(sheet.createRow(6), "2026-01-07", "19:00", "KU", "BYU");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row text(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }
}
