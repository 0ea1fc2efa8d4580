package com.flextime.query;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.School;
import com.flextime.domain.conference.Sport;
import com.flextime.domain.conference.Venue;
import com.flextime.domain.rules.HardRules;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conference facts the service ships with, and the hard rules every command is checked against. */
@RestController
@RequestMapping("/v2")
public class ReferenceDataController {

    private final ConferenceCatalog conference;

    public ReferenceDataController(ConferenceCatalog conference) {
        this.conference = conference;
    }

    public record SchoolView(String code, String name, String shortName, String city, String state,
                             String timeZone, double latitude, double longitude, String membership,
                             List<String> sports) {
    }

    public record RuleView(String id, String name) {
    }

    @GetMapping("/schools")
    public List<SchoolView> schools() {
        return conference.schools().stream().map(this::view).toList();
    }

    @GetMapping("/venues")
    public List<Venue> venues() {
        return conference.venues();
    }

    @GetMapping("/sports")
    public List<Sport> sports() {
        return conference.sports();
    }

    @GetMapping("/rules")
    public List<RuleView> rules() {
        return HardRules.standard().catalogue().stream().map(rule -> new RuleView(rule.id(), rule.name())).toList();
    }

    private SchoolView view(School school) {
        return new SchoolView(school.code(), school.name(), school.shortName(), school.city(), school.state(),
                school.timeZone().getId(), school.latitude(), school.longitude(), school.membership().name(),
                conference.sportsOf(school.code()));
    }
}
