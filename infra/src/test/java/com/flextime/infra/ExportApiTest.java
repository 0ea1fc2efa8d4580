package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.infra.Api.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schedule exports, each read back by an independent reader: iCalendar by ical4j's parser, CSV by commons-csv,
 * Excel by POI, the PDF's text by PDFBox. The season: four games, one moved to another venue and time zone, one
 * cancelled.
 */
class ExportApiTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String id;
    private String kuKsu;
    private String byuUtah;
    private String utahKu;
    private String ksuByu;

    @BeforeEach
    void season() {
        id = createSeason();
        kuKsu = game(id, "KU", "KSU", "2026-01-03");
        byuUtah = game(id, "BYU", "UTAH", "2026-01-05");
        utahKu = game(id, "UTAH", "KU", "2026-01-10");
        ksuByu = game(id, "KSU", "BYU", "2026-01-13");
        readAtVersion(id, 4);
    }

    @Test
    void theCalendarHasEveryGameAtItsLocalTimeAndAMovedGameIsAnUpdateOfTheSameEvent() throws Exception {
        Download before = export("ics", "");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.contentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(before.disposition()).isEqualTo("attachment; filename=\"MBB-2025-26.ics\"");
        Map<String, VEvent> first = events(before);
        assertThat(first).hasSize(4);
        assertThat(first.keySet()).containsExactlyInAnyOrder(uid(kuKsu), uid(byuUtah), uid(utahKu), uid(ksuByu));
        assertStart(first.get(uid(kuKsu)), "America/Chicago", LocalDateTime.parse("2026-01-03T19:00"));
        assertStart(first.get(uid(byuUtah)), "America/Denver", LocalDateTime.parse("2026-01-05T19:00"));
        assertThat(value(first.get(uid(kuKsu)), Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first.get(uid(kuKsu)), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(first.get(uid(kuKsu)), Property.LOCATION)).isEqualTo("Allen Fieldhouse");
        // a basketball game lasts 150 minutes (the conference data's estimate)
        assertThat(value(first.get(uid(kuKsu)), Property.DURATION)).isEqualTo("PT2H30M");
        // one DTSTAMP per event: the game's last change, so fetching again gives the same file
        assertThat(first.values()).allSatisfy(e -> assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1));
        assertThat(events(export("ics", ""))).allSatisfy((uid, e) ->
                assertThat(value(e, Property.DTSTAMP)).isEqualTo(value(first.get(uid), Property.DTSTAMP)));

        assertThat(api.post("/v2/schedules/" + id + "/games/" + kuKsu + "/move", SCHEDULER,
                "{\"date\":\"2026-01-04\",\"time\":\"20:00\",\"venue\":\"jon-m-huntsman-center\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/v2/schedules/" + id + "/games/" + ksuByu + "/cancel", SCHEDULER, null).status())
                .isEqualTo(200);
        readAtVersion(id, 6);

        Map<String, VEvent> after = events(export("ics", ""));
        assertThat(after).hasSize(4);
        VEvent moved = after.get(uid(kuKsu));
        assertStart(moved, "America/Denver", LocalDateTime.parse("2026-01-04T20:00"));
        assertThat(value(moved, Property.LOCATION)).isEqualTo("Jon M. Huntsman Center");
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first.get(uid(kuKsu)), Property.SEQUENCE)));
        assertThat(value(after.get(uid(ksuByu)), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(after.get(uid(ksuByu)), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(after.get(uid(utahKu)), Property.SEQUENCE)).isEqualTo("0");

        // the schedule's own reads still leave the cancelled game out
        JsonNode games = api.get("/v2/schedules/" + id, VIEWER).body().get("games");
        assertThat(games).hasSize(3);
        assertThat(games.findValuesAsText("id")).doesNotContain(ksuByu);
        assertThat(api.get("/v2/teams/KSU/calendar", VIEWER).body().findValuesAsText("gameId"))
                .doesNotContain(ksuByu);
    }

    @Test
    void csvAndExcelHaveOneRowPerGameWithLocalTimeZoneAndStatus() throws Exception {
        cancel(ksuByu);
        Download csv = export("csv", "");
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.disposition()).isEqualTo("attachment; filename=\"MBB-2025-26.csv\"");
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv.text(),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("date", "local time", "time zone", "home", "away",
                    "venue", "status", "TV");
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        }
        Download xlsx = export("xlsx", "");
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).isEqualTo("attachment; filename=\"MBB-2025-26.xlsx\"");
        List<Map<String, String>> sheetRows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("MBB 2025-26");
            Row header = sheet.getRow(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    row.put(header.getCell(c).getStringCellValue(), sheet.getRow(r).getCell(c).getStringCellValue());
                }
                sheetRows.add(row);
            }
        }
        for (List<Map<String, String>> table : List.of(rows, sheetRows)) {
            assertThat(table).hasSize(4);
            assertThat(table.get(0)).containsExactlyEntriesOf(row("2026-01-03", "19:00", "America/Chicago", "KU",
                    "KSU", "Allen Fieldhouse", "SCHEDULED"));
            assertThat(table.get(1)).containsExactlyEntriesOf(row("2026-01-05", "19:00", "America/Denver", "BYU",
                    "UTAH", "Marriott Center", "SCHEDULED"));
            assertThat(table.get(3)).containsExactlyEntriesOf(row("2026-01-13", "19:00", "America/Chicago", "KSU",
                    "BYU", "Bramlage Coliseum", "CANCELLED"));
        }
    }

    @Test
    void thePdfIsALandscapeSeasonGridWithEveryTeamAndItsOpponents() throws Exception {
        cancel(ksuByu);
        Download pdf = export("pdf", "");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).isEqualTo("attachment; filename=\"MBB-2025-26.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Men's Basketball 2025-26", "Team", "Week 1");
            for (String team : List.of("BYU", "UTAH", "KU", "KSU")) {
                assertThat(text).containsPattern("(?m)^" + team + "\\b");
            }
            // KU hosts KSU on Saturday 3 January and visits Utah a week later; BYU hosts Utah on Monday 5 January
            assertThat(text).contains("Sat KSU", "Sat @KU", "Sat @UTAH", "Sat KU", "Mon UTAH", "Mon @BYU");
            // the cancelled KSU-BYU game is not on the printed season
            assertThat(text).doesNotContain("Tue @KSU", "Tue BYU");
        }
    }

    @Test
    void jsonIsTheScheduleAsTheReadServesItAndFiltersKeepATeamsOrAVenuesGames() throws Exception {
        Download json = export("json", "");
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(JSON.readTree(json.body())).isEqualTo(api.get("/v2/schedules/" + id, VIEWER).body());

        JsonNode ku = JSON.readTree(export("json", "&team=KU").body());
        assertThat(ku.get("games").findValuesAsText("id")).containsExactly(kuKsu, utahKu);
        assertThat(events(export("ics", "&team=KU")).keySet()).containsExactlyInAnyOrder(uid(kuKsu), uid(utahKu));
        Download atMarriott = export("csv", "&venue=marriott-center");
        assertThat(atMarriott.disposition()).isEqualTo("attachment; filename=\"MBB-2025-26-marriott-center.csv\"");
        assertThat(atMarriott.text().lines().skip(1).toList()).singleElement().asString()
                .startsWith("2026-01-05,19:00,America/Denver,BYU,UTAH,Marriott Center,SCHEDULED,");
        assertThat(export("csv", "&team=BYU&venue=allen-fieldhouse").text().lines()).hasSize(1);
        assertThat(events(export("ics", "&team=BYU&venue=allen-fieldhouse"))).isEmpty();
        assertThat(export("ICS", "&team=KSU").disposition()).isEqualTo("attachment; filename=\"MBB-2025-26-KSU.ics\"");
    }

    @Test
    void anUnknownFormatTeamOrVenueIsA400NamingTheParameter() {
        assertBadRequest("?format=docx", "format");
        assertBadRequest("", "format");
        assertBadRequest("?format=ics&team=XYZ", "team");
        assertBadRequest("?format=ics&team=TCU", "team"); // a Big 12 school, but not in this season
        assertBadRequest("?format=csv&venue=nowhere-arena", "venue");
        Answer missing = api.get("/v2/schedules/no-such-schedule/export?format=ics", VIEWER);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(api.get("/v2/schedules/" + id + "/export?format=ics", null).status()).isEqualTo(401);
    }

    private void assertBadRequest(String query, String field) {
        Answer answer = api.get("/v2/schedules/" + id + "/export" + query, VIEWER);
        assertThat(answer.status()).as(query).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private void cancel(String game) {
        assertThat(api.post("/v2/schedules/" + id + "/games/" + game + "/cancel", SCHEDULER, null).status())
                .isEqualTo(200);
        readAtVersion(id, 5);
    }

    private Download export(String format, String filters) {
        Download download = Download.get(port, "/v2/schedules/" + id + "/export?format=" + format + filters, VIEWER);
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        return download;
    }

    private static Map<String, String> row(String date, String time, String zone, String home, String away,
                                           String venue, String status) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("date", date);
        row.put("local time", time);
        row.put("time zone", zone);
        row.put("home", home);
        row.put("away", away);
        row.put("venue", venue);
        row.put("status", status);
        row.put("TV", "");
        return row;
    }

    static String uid(String gameId) {
        return gameId + "@flextime";
    }

    /** The calendar's events by UID, as ical4j's parser reads them. */
    static Map<String, VEvent> events(Download ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
        Map<String, VEvent> events = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            events.put(value(event, Property.UID), event);
        }
        return events;
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** DTSTART names the venue's zone and is that local time there, so it is the right instant too. */
    static void assertStart(VEvent event, String zone, LocalDateTime local) {
        DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains(zone);
        Temporal date = start.getDate();
        assertThat(LocalDateTime.from(date)).isEqualTo(local);
        assertThat(Instant.from(date)).isEqualTo(local.atZone(ZoneId.of(zone)).toInstant());
    }
}
