package org.svgroups.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.Refusal;

/**
 * Every path that changes a group, with the rules that apply to it. Adapters translate a stanza into one of these
 * calls and turn a refusal into a stanza error; nothing here knows about stanzas.
 */
public final class GroupRules {

    public static final String OWNERS_FIELD = "muc#roomconfig_roomowners";
    public static final String ADMINS_FIELD = "muc#roomconfig_roomadmins";

    /** Form fields whose values are user addresses; adapters pass them as bare JIDs. */
    public static final Set<String> JID_LIST_FIELDS = Set.of(OWNERS_FIELD, ADMINS_FIELD);

    private final LockedProfileRule lockedProfile;
    private final MemberCapRule memberCap;

    public GroupRules(GroupSettings settings) {
        this.lockedProfile = new LockedProfileRule(settings);
        this.memberCap = new MemberCapRule(settings);
    }

    /**
     * An owner submits the room configuration form. Owners and admins listed in the form are grants (XEP-0045
     * demotes the ones left out to member, so they stay in the group).
     */
    public Optional<Refusal> configurationForm(Membership current, Map<String, List<String>> fields) {
        Optional<Refusal> locked = lockedProfile.check(fields);
        if (locked.isPresent()) {
            return locked;
        }
        List<AffiliationChange> grants = new ArrayList<>();
        addGrants(grants, fields.get(OWNERS_FIELD), Affiliation.OWNER);
        addGrants(grants, fields.get(ADMINS_FIELD), Affiliation.ADMIN);
        return memberCap.check(current, grants);
    }

    /** An owner or admin changes affiliations ({@code muc#admin}). */
    public Optional<Refusal> affiliationChanges(Membership current, List<AffiliationChange> changes) {
        return memberCap.check(current, changes);
    }

    /** Someone invites users into the group; in a members-only room each invitee becomes a member. */
    public Optional<Refusal> invitations(Membership current, Collection<String> invitees) {
        List<AffiliationChange> enrolments = invitees.stream()
                .map(invitee -> new AffiliationChange(invitee, Affiliation.MEMBER))
                .toList();
        return memberCap.check(current, enrolments);
    }

    private static void addGrants(List<AffiliationChange> grants, List<String> users, Affiliation affiliation) {
        if (users == null) {
            return;
        }
        for (String user : users) {
            if (!user.isBlank()) {
                grants.add(new AffiliationChange(user.trim(), affiliation));
            }
        }
    }
}
