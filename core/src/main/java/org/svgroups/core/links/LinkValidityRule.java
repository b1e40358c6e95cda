package org.svgroups.core.links;

import java.time.Clock;
import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * A join names a group and presents a token: the token must be a link of that very group (a link of another group
 * is as invalid as a forged one, so that a token never tells which group it opens), and the link must be active.
 */
public final class LinkValidityRule {

    /** The one refusal for every link that does not exist for the group; {@link LinkBlockRule} gives it too. */
    public static final Refusal INVALID = Refusal.of(AppCondition.LINK_INVALID, "This invite link is not valid.");

    private final Clock clock;

    public LinkValidityRule(Clock clock) {
        this.clock = clock;
    }

    public Optional<Refusal> check(String group, Optional<InviteLink> link) {
        if (link.isEmpty() || !link.get().group().equals(group)) {
            return Optional.of(INVALID);
        }
        return switch (link.get().state(clock.instant())) {
            case ACTIVE -> Optional.empty();
            case EXPIRED -> Optional.of(Refusal.of(AppCondition.LINK_EXPIRED,
                    "This invite link has expired: ask for a new one."));
            case REVOKED -> Optional.of(Refusal.of(AppCondition.LINK_REVOKED,
                    "This invite link was withdrawn: ask for a new one."));
            case USED_UP -> Optional.of(Refusal.of(AppCondition.LINK_USED_UP,
                    "This invite link was used as many times as it allows: ask for a new one."));
        };
    }
}
