package com.flextime.command.imports;

import com.flextime.command.GameScheduling;
import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.command.imports.ImportReport.FieldError;
import com.flextime.command.imports.ImportReport.RowOutcome;
import com.flextime.command.optimization.ScheduleHistory;
import com.flextime.command.web.ScheduleCommandSender;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.rules.ScheduleRuleViolation;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Runs an import row by row, in file order. A real import sends each readable row as the ordinary ScheduleGame
 * command, so the aggregate judges it with everything stored before, earlier rows included; all the commands
 * carry the import id as their correlation id. A dry run folds the schedule from the event store and takes the
 * aggregate's own decision ({@link GameScheduling}) against that copy, adding each accepted row to it, and
 * sends nothing (decisions.md D64). Either way a row equal to a game already there is unchanged, so sending
 * the same file twice adds nothing.
 */
@Component
public class ScheduleImporter {

    private final ScheduleHistory schedules;
    private final ScheduleCommandSender commands;
    private final ConferenceCatalog conference;

    public ScheduleImporter(ScheduleHistory schedules, ScheduleCommandSender commands,
                            ConferenceCatalog conference) {
        this.schedules = schedules;
        this.commands = commands;
        this.conference = conference;
    }

    public ImportReport run(String scheduleId, SourceRows source, boolean dryRun, String importId, String reason) {
        // The games already on the schedule, and those the import adds as it goes, for the "unchanged" check.
        SeasonSchedule schedule = schedules.current(scheduleId)
                .orElseThrow(() -> new AggregateNotFoundException(scheduleId, "no schedule " + scheduleId));
        String id = importId == null || importId.isBlank() ? UUID.randomUUID().toString() : importId;
        long version = schedule.version();
        List<RowOutcome> outcomes = new ArrayList<>();
        for (SourceRows.SourceRow sourceRow : source.rows()) {
            ImportRow row = ImportRow.of(sourceRow);
            if (!row.readable()) {
                outcomes.add(RowOutcome.malformed(row.row(), row.errors()));
                continue;
            }
            Optional<Game> same = schedule.games().stream().filter(row::sameAs).findFirst();
            if (same.isPresent()) {
                outcomes.add(RowOutcome.unchanged(row.row(), same.get().id()));
                continue;
            }
            ScheduleGame command = row.command(scheduleId, UUID.randomUUID().toString());
            try {
                if (dryRun) {
                    schedule.apply(GameScheduling.decide(command, reason, conference, schedule));
                } else {
                    version = commands.send(command, id, reason);
                    schedule.apply(GameScheduling.scheduled(command, conference, schedule));
                }
                outcomes.add(RowOutcome.accepted(row.row(), command.gameId()));
            } catch (ScheduleRuleViolation e) {
                outcomes.add(RowOutcome.violates(row.row(), e.violations()));
            } catch (InvalidScheduleRequest e) {
                outcomes.add(RowOutcome.malformed(row.row(), List.of(new FieldError(e.field(), e.getMessage()))));
            }
        }
        // a dry run reports the version it was checked against, a real import the version its last row made
        return ImportReport.of(id, scheduleId, dryRun, version, source.ignoredColumns(), outcomes);
    }
}
