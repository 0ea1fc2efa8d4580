package com.flextime.domain.conference;

/** How a school belongs to the conference: a full member plays every sport it sponsors, an affiliate only one. */
public enum Membership {
    FULL_MEMBER,
    AFFILIATE
}
