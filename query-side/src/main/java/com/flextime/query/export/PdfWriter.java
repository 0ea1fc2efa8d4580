package com.flextime.query.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A printable season grid (PDF, US Letter landscape): one row per team, one column per week (Monday to Sunday),
 * each cell the week's games in date order, {@code Sat KU} at home and {@code Sat @KU} away. Long seasons continue
 * on further pages of {@value #WEEKS_PER_PAGE} weeks. Cancelled games are left out: this is the season to play.
 * The page is laid out as XHTML and rendered by openhtmltopdf, so the layout stays a template, not drawing code.
 */
@Component
public class PdfWriter implements ScheduleWriter {

    static final int WEEKS_PER_PAGE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final String STYLE = """
            @page { size: letter landscape; margin: 0.45in;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages);
                                      font-family: Helvetica, sans-serif; font-size: 8pt; } }
            body { font-family: Helvetica, sans-serif; font-size: 8.5pt; }
            h1 { font-size: 13pt; margin: 0 0 2pt 0; }
            p.legend { margin: 0 0 6pt 0; color: #444; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; page-break-after: always; }
            table.last { page-break-after: auto; }
            th, td { border: 0.6pt solid #777; padding: 2pt 3pt; vertical-align: top; text-align: left; }
            th { background: #e6e6e6; font-size: 8pt; }
            th.team, td.team { width: 0.7in; font-weight: bold; }
            tr { page-break-inside: avoid; }
            """;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(ScheduleExport export, OutputStream out) throws IOException {
        PdfRendererBuilder pdf = new PdfRendererBuilder();
        pdf.useFastMode();
        pdf.withHtmlContent(html(export), null);
        pdf.toStream(out);
        pdf.run();
    }

    static String html(ScheduleExport export) {
        List<ExportedGame> games = export.scheduledGames();
        List<String> teams = export.team() == null ? export.schedule().teams() : List.of(export.team());
        List<LocalDate> weeks = weeks(export, games);
        StringBuilder html = new StringBuilder("<html><head><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(escape(export.title())).append("</h1>");
        String status = export.schedule().status().toLowerCase(Locale.ROOT);
        html.append("<p class=\"legend\">").append(Character.toUpperCase(status.charAt(0)))
                .append(escape(status.substring(1))).append(" schedule, version ")
                .append(export.schedule().version())
                .append(". A team's home games name the visitor (KU), its road games the host (@KU); local start")
                .append(" times are in the CSV, Excel and calendar exports.</p>");
        for (int first = 0; first < weeks.size(); first += WEEKS_PER_PAGE) {
            List<LocalDate> page = weeks.subList(first, Math.min(weeks.size(), first + WEEKS_PER_PAGE));
            boolean last = first + WEEKS_PER_PAGE >= weeks.size();
            html.append(last ? "<table class=\"last\">" : "<table>").append("<thead><tr><th class=\"team\">Team</th>");
            for (LocalDate monday : page) {
                html.append("<th>Week ").append(weeks.indexOf(monday) + 1).append("<br/>")
                        .append(monday.format(DAY)).append(" - ").append(monday.plusDays(6).format(DAY))
                        .append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (String team : teams) {
                html.append("<tr><td class=\"team\">").append(escape(team)).append("</td>");
                for (LocalDate monday : page) {
                    html.append("<td>").append(cell(team, monday, games)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    /** The Mondays of every week from the season window's (or the first game's) to the last. */
    private static List<LocalDate> weeks(ScheduleExport export, List<ExportedGame> games) {
        LocalDate start = Stream.concat(Stream.of(export.schedule().window().start()),
                games.stream().map(ExportedGame::date)).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = Stream.concat(Stream.of(export.schedule().window().end()),
                games.stream().map(ExportedGame::date)).max(LocalDate::compareTo).orElseThrow();
        LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (long w = 0; w <= ChronoUnit.WEEKS.between(monday, end); w++) {
            weeks.add(monday.plusWeeks(w));
        }
        return weeks;
    }

    private static String cell(String team, LocalDate monday, List<ExportedGame> games) {
        List<String> lines = games.stream()
                .filter(g -> team.equals(g.home()) || team.equals(g.away()))
                .filter(g -> !g.date().isBefore(monday) && g.date().isBefore(monday.plusWeeks(1)))
                .map(g -> g.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US) + " "
                        + escape(g.opponentOf(team)))
                .toList();
        return String.join("<br/>", lines);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
