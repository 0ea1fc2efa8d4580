package com.flextime.domain.conference;

/** The kind of facility a sport is played in; sports of one type at one school share a venue. */
public enum VenueType {
    STADIUM,
    ARENA,
    BASEBALL,
    SOFTBALL,
    SOCCER,
    TENNIS
}
