package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCOccupant;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.rules.GroupRules;
import org.xmpp.packet.IQ;

/**
 * An owner or admin changes affiliations ({@code muc#admin}). Openfire checks that the actor may; the rules
 * check who may become part of the group.
 */
final class AffiliationChangePath {

    private final GroupService groups;
    private final GroupRules rules;

    AffiliationChangePath(GroupService groups, GroupRules rules) {
        this.groups = groups;
        this.rules = rules;
    }

    Verdict check(IQ iq) {
        MUCRoom room = groups.room(iq.getTo().getNode());
        if (room == null) {
            return Verdict.PASS;
        }
        List<AffiliationChange> changes = changes(room, iq.getChildElement());
        if (changes.isEmpty()) {
            return Verdict.PASS;
        }
        return Verdict.of(rules.affiliationChanges(GroupService.membership(room), iq.getFrom().toBareJID(), changes));
    }

    /** The affiliation items of the request; role-only items (kick, voice) are not about membership. */
    private static List<AffiliationChange> changes(MUCRoom room, Element query) {
        List<AffiliationChange> changes = new ArrayList<>();
        for (Element item : query.elements("item")) {
            Optional<Affiliation> affiliation = Affiliation.fromXmlValue(item.attributeValue("affiliation"));
            if (affiliation.isEmpty()) {
                continue;
            }
            Optional<String> user = Stanzas.bareJid(item.attributeValue("jid"));
            if (user.isEmpty()) {
                user = occupantByNickname(room, item.attributeValue("nick"));
            }
            user.ifPresent(jid -> changes.add(new AffiliationChange(jid, affiliation.get())));
        }
        return changes;
    }

    private static Optional<String> occupantByNickname(MUCRoom room, String nickname) {
        if (nickname == null) {
            return Optional.empty();
        }
        try {
            List<MUCOccupant> occupants = room.getOccupantsByNickname(nickname);
            return occupants.isEmpty() ? Optional.empty() : Optional.of(occupants.get(0).getUserAddress().toBareJID());
        } catch (UserNotFoundException e) {
            return Optional.empty();
        }
    }
}
