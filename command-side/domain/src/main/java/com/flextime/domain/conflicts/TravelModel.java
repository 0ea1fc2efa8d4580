package com.flextime.domain.conflicts;

/**
 * How long a team needs between two games at different places (one sport's row of {@code travel_<season>.csv}):
 * the earlier game lasts {@code gameMinutes}; the team must arrive {@code roadLeadMinutes} before a road game
 * (the day before) or {@code homeLeadMinutes} before a home game; a trip takes {@code tripOverheadMinutes} plus
 * the great-circle miles at {@code tripMph}.
 */
public record TravelModel(int gameMinutes, int roadLeadMinutes, int homeLeadMinutes, int tripOverheadMinutes,
                          double tripMph) {

    public long tripMinutes(double miles) {
        return tripOverheadMinutes + Math.round(miles / tripMph * 60);
    }
}
