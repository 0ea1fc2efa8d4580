package com.flextime.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConferenceCatalogTest {

    private static final Set<String> MEMBERS = Set.of("ARIZ", "ASU", "BAY", "BYU", "UCF", "CIN", "COLO", "HOU",
            "ISU", "KU", "KSU", "OKST", "TCU", "TTU", "UTAH", "WVU");

    private final ConferenceCatalog big12 = ConferenceCatalog.big12();

    @Test
    void loadsOnceAndCaches() {
        assertThat(ConferenceCatalog.big12()).isSameAs(big12);
    }

    @Test
    void hasTheSixteenFullMembers() {
        Set<String> fullMembers = big12.schools().stream()
                .filter(School::isFullMember).map(School::code).collect(Collectors.toSet());
        assertThat(fullMembers).isEqualTo(MEMBERS);
    }

    @Test
    void everyMemberHasARealZoneAndContinentalCoordinates() {
        for (String code : MEMBERS) {
            School school = big12.school(code).orElseThrow();
            assertThat(ZoneId.getAvailableZoneIds()).contains(school.timeZone().getId());
            assertThat(school.latitude()).as(code).isBetween(24.0, 50.0);
            assertThat(school.longitude()).as(code).isBetween(-125.0, -66.0);
        }
    }

    @Test
    void arizonaSchoolsIgnoreDaylightSaving() {
        assertThat(big12.school("ARIZ").orElseThrow().timeZone()).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(big12.school("ASU").orElseThrow().timeZone()).isEqualTo(ZoneId.of("America/Phoenix"));
    }

    @Test
    void onlyBYUHasANoPlayDayAndItIsSunday() {
        School byu = big12.school("BYU").orElseThrow();
        assertThat(byu.noPlayDays()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(byu.canPlayOn(DayOfWeek.SUNDAY)).isFalse();
        assertThat(big12.schools()).filteredOn(s -> !s.code().equals("BYU"))
                .allSatisfy(s -> assertThat(s.noPlayDays()).as(s.code()).isEmpty());
    }

    @Test
    void schoolCodesAreUniqueAndUpperCase() {
        List<String> codes = big12.schools().stream().map(School::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]+"));
        assertThat(big12.school("ku")).isEmpty();
        assertThat(big12.school("NOPE")).isEmpty();
        // a quoted CSV field with a comma in it
        assertThat(big12.school("UCD").orElseThrow().name()).isEqualTo("University of California, Davis");
    }

    @Test
    void hasTheTwelveFlexTimeSports() {
        assertThat(big12.sports()).extracting(Sport::code).containsExactlyInAnyOrder(
                "FB", "MBB", "WBB", "BSB", "SB", "SOC", "VB", "MTN", "WTN", "GYM", "WRE", "LAX");
        assertThat(big12.sport("XC")).isEmpty();
    }

    @Test
    void teamCountsMatchTheSponsorshipList() {
        assertThat(big12.participants("MBB")).isEqualTo(MEMBERS);
        assertThat(big12.participants("FB")).hasSize(16);
        assertThat(big12.participants("VB")).hasSize(15).doesNotContain("OKST");
        assertThat(big12.participants("GYM")).hasSize(7).contains("DEN");
        assertThat(big12.participants("LAX")).hasSize(6).contains("FLA", "SDSU", "UCD");
        assertThat(big12.participants("BSB")).hasSize(14);
        assertThat(big12.participants("SB")).hasSize(11);
        assertThat(big12.participants("MTN")).hasSize(9);
        assertThat(big12.participants("NOPE")).isEmpty();
    }

    @Test
    void wrestlingHasFourteenTeamsTenOfThemAffiliates() {
        Set<String> wrestlers = big12.participants("WRE");
        assertThat(wrestlers).hasSize(14);
        assertThat(wrestlers).filteredOn(code -> !big12.school(code).orElseThrow().isFullMember()).hasSize(10);
        assertThat(big12.sportsOf("AFA")).containsExactly("WRE");
    }

    @Test
    void participantsAreSortedAndReadOnly() {
        assertThat(List.copyOf(big12.participants("GYM"))).isSorted();
        assertThatThrownBy(() -> big12.participants("GYM").add("KU"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void basketballHomeVenues() {
        assertThat(big12.homeVenue("KU", "MBB").name()).isEqualTo("Allen Fieldhouse");
        assertThat(big12.homeVenue("KU", "MBB").code()).isEqualTo("allen-fieldhouse");
        assertThat(big12.homeVenue("BAY", "MBB").name()).isEqualTo("Foster Pavilion");
        assertThat(big12.homeVenue("BAY", "VB").name()).isEqualTo("Ferrell Center");
    }

    @Test
    void aTeamWithoutVenueDataGetsASyntheticHomeVenue() {
        Venue airForce = big12.homeVenue("AFA", "WRE");
        assertThat(airForce.name()).isEqualTo("Air Force home venue");
        assertThat(airForce.code()).isEqualTo("afa-home-arena");
        assertThat(airForce.capacity()).isNull();
        assertThat(big12.venue("afa-home-arena")).contains(airForce);

        // Cincinnati's baseball and tennis stand-ins are two places, not one shared facility
        assertThat(big12.homeVenue("CIN", "BSB").code()).isEqualTo("cin-home-baseball");
        assertThat(big12.homeVenue("CIN", "WTN").code()).isEqualTo("cin-home-tennis");
        assertThat(big12.venues()).extracting(Venue::code).doesNotContain("afa-home-arena");
    }

    @Test
    void homeVenueRejectsUnknownCodes() {
        assertThatThrownBy(() -> big12.homeVenue("NOPE", "MBB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> big12.homeVenue("KU", "NOPE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> big12.homeVenue("ISU", "BSB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyParticipantHasAHomeVenueOfTheRightType() {
        for (Sport sport : big12.sports()) {
            for (String school : big12.participants(sport.code())) {
                Venue venue = big12.homeVenue(school, sport.code());
                assertThat(venue.schoolCode()).isEqualTo(school);
                assertThat(venue.type()).as(school + " " + sport.code()).isEqualTo(sport.venueType());
                assertThat(venue.hosts(sport.code())).isTrue();
            }
        }
    }

    @Test
    void venueCodesAreUniqueSlugs() {
        List<String> codes = big12.venues().stream().map(Venue::code).toList();
        assertThat(codes).hasSize(82).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(big12.venue("allen-fieldhouse")).isPresent();
    }

    @Test
    void campusBlackoutsUseKnownSchoolsOnly() {
        List<CampusBlackout> all = big12.schools().stream()
                .flatMap(s -> big12.campusBlackouts(s.code()).stream()).toList();
        assertThat(all).hasSize(44);
        assertThat(all).allSatisfy(b -> assertThat(big12.school(b.schoolCode())).isPresent());
        assertThat(big12.campusBlackouts("BYU")).extracting(b -> b.date().toString())
                .contains("2025-10-04", "2025-10-05", "2026-04-04", "2026-04-05");
        assertThat(big12.campusBlackouts("NOPE")).isEmpty();
    }

    @Test
    void everySportHoldsItsVenueForAPositiveTime() {
        assertThat(big12.sports()).allSatisfy(s -> assertThat(s.venueHoldMinutes()).isPositive());
        assertThat(big12.sport("GYM").orElseThrow().venueHoldMinutes())
                .isGreaterThan(big12.sport("MBB").orElseThrow().venueHoldMinutes());
    }
}
