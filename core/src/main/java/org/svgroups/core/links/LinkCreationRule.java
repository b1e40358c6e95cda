package org.svgroups.core.links;

import java.util.Optional;

import org.svgroups.core.group.Affiliation;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Who may create invite links of a group and manage them: owners and admins always, plain members only when the
 * setting allows (and then only their own links), nobody else.
 */
public final class LinkCreationRule {

    private final LinkSettings settings;

    public LinkCreationRule(LinkSettings settings) {
        this.settings = settings;
    }

    /** The creator, with that affiliation, creates a link. */
    public Optional<Refusal> create(Affiliation creator) {
        if (creator == Affiliation.OWNER || creator == Affiliation.ADMIN) {
            return Optional.empty();
        }
        if (creator == Affiliation.MEMBER) {
            return settings.membersMayCreateLinks() ? Optional.empty() : Optional.of(Refusal.of(AppCondition.LINK_FORBIDDEN,
                    "Only the group's owners and admins may create invite links."));
        }
        return Optional.of(notInGroup());
    }

    /** Whether the user sees (and may revoke) every link of the group, rather than only their own. */
    public boolean managesAll(Affiliation user) {
        return user == Affiliation.OWNER || user == Affiliation.ADMIN;
    }

    /** The user, with that affiliation, revokes a link created by {@code creator}. */
    public Optional<Refusal> revoke(Affiliation user, String userJid, String creator) {
        if (managesAll(user) || (user == Affiliation.MEMBER && userJid.equals(creator))) {
            return Optional.empty();
        }
        return Optional.of(user.isMembership() ? Refusal.of(AppCondition.LINK_FORBIDDEN,
                "Only the group's owners and admins, and its creator, may revoke this link.") : notInGroup());
    }

    private static Refusal notInGroup() {
        return Refusal.of(AppCondition.NOT_MEMBER, "Only people in the group may manage its invite links.");
    }
}
