package com.flextime.command.optimization;

import java.time.Duration;

/** How long a proposal stays open for a scheduler to adopt or reject it. */
public record ProposalExpiry(Duration after) {

    public ProposalExpiry {
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("flextime.proposals.expire-after must be positive");
        }
    }
}
