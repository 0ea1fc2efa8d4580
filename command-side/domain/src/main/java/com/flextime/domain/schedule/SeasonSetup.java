package com.flextime.domain.schedule;

import com.flextime.domain.conference.CampusBlackout;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.School;
import com.flextime.domain.conference.Sport;
import com.flextime.events.SeasonCalendar;
import com.flextime.events.SeasonRules;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Opens a season from the conference's reference data: checks the sport and teams, and freezes into the
 * creation event what the season's rules need (home venues, no-play days, venue hold time, campus blackouts).
 */
public final class SeasonSetup {

    private final ConferenceCatalog conference;

    public SeasonSetup(ConferenceCatalog conference) {
        this.conference = conference;
    }

    public SeasonScheduleCreated open(String scheduleId, String sportCode, String season, String name,
                                      List<String> teams, SeasonWindow window, Set<DayOfWeek> gameDays,
                                      Map<String, Set<LocalDate>> teamBlackouts,
                                      Map<String, Set<LocalDate>> venueBlackouts) {
        Sport sport = conference.sport(sportCode).orElseThrow(() -> new InvalidScheduleRequest("sport",
                "unknown sport '" + sportCode + "'; known: " + conference.sports().stream().map(Sport::code).toList()));
        if (season == null || season.isBlank()) {
            throw new InvalidScheduleRequest("season", "season is required, e.g. 2025-26");
        }
        checkTeams(sport, teams);
        if (gameDays == null || gameDays.isEmpty()) {
            throw new InvalidScheduleRequest("gameDays", "at least one game day is required");
        }
        Map<String, String> homeVenues = new TreeMap<>();
        Map<String, Set<DayOfWeek>> noPlayDays = new TreeMap<>();
        for (String team : teams) {
            homeVenues.put(team, conference.homeVenue(team, sport.code()).code());
            School school = conference.school(team).orElseThrow();
            if (!school.noPlayDays().isEmpty()) {
                noPlayDays.put(team, school.noPlayDays());
            }
        }
        SeasonCalendar calendar = new SeasonCalendar(window, gameDays,
                teamBlackouts == null ? Map.of() : teamBlackouts,
                venueBlackouts == null ? campusBlackouts(teams, homeVenues, window) : venueBlackouts);
        String seasonName = name == null || name.isBlank() ? sport.name() + " " + season.strip() : name.strip();
        return new SeasonScheduleCreated(scheduleId, sport.code(), season.strip(), seasonName, List.copyOf(teams),
                calendar, new SeasonRules(homeVenues, noPlayDays, sport.venueHoldMinutes()));
    }

    private void checkTeams(Sport sport, List<String> teams) {
        if (teams == null || teams.size() < 2) {
            throw new InvalidScheduleRequest("teams", "a season needs at least two teams");
        }
        Set<String> seen = new HashSet<>();
        Set<String> plays = conference.participants(sport.code());
        for (String team : teams) {
            if (!seen.add(team)) {
                throw new InvalidScheduleRequest("teams", team + " is listed twice");
            }
            if (conference.school(team).isEmpty()) {
                throw new InvalidScheduleRequest("teams", "unknown team '" + team + "'");
            }
            if (!plays.contains(team)) {
                throw new InvalidScheduleRequest("teams", team + " does not play " + sport.name()
                        + " in the conference; teams that do: " + plays);
            }
        }
    }

    /** Host venues are unavailable on their campus's blackout dates (graduation, conference weekends, ...). */
    private Map<String, Set<LocalDate>> campusBlackouts(List<String> teams, Map<String, String> homeVenues,
                                                        SeasonWindow window) {
        Map<String, Set<LocalDate>> byVenue = new LinkedHashMap<>();
        for (String team : teams) {
            for (CampusBlackout blackout : conference.campusBlackouts(team)) {
                if (window.contains(blackout.date())) {
                    byVenue.computeIfAbsent(homeVenues.get(team), venue -> new TreeSet<>()).add(blackout.date());
                }
            }
        }
        return byVenue;
    }
}
