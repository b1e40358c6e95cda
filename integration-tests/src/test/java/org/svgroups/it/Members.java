package org.svgroups.it;

import java.util.Map;
import java.util.TreeMap;

import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.SvGroupsClient;

/**
 * Who is in a group, as its owner sees it through plain XEP-0045 {@code muc#admin} queries: the owner, admin and
 * member lists, as bare JID to affiliation (sorted, so that failures read well).
 */
final class Members {

    private Members() {
    }

    static Map<String, MUCAffiliation> of(SvGroupsClient owner, EntityBareJid group) {
        return of(MultiUserChatManager.getInstanceFor(owner.connection()).getMultiUserChat(group));
    }

    static Map<String, MUCAffiliation> of(MultiUserChat room) {
        try {
            Map<String, MUCAffiliation> people = new TreeMap<>();
            for (Affiliate affiliate : room.getOwners()) {
                people.put(affiliate.getJid().toString(), MUCAffiliation.owner);
            }
            for (Affiliate affiliate : room.getAdmins()) {
                people.put(affiliate.getJid().toString(), MUCAffiliation.admin);
            }
            for (Affiliate affiliate : room.getMembers()) {
                people.put(affiliate.getJid().toString(), MUCAffiliation.member);
            }
            return people;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the affiliation lists of " + room.getRoom(), e);
        }
    }

    /** A test user's bare JID as a string, as the affiliation lists give it. */
    static String jid(String username) {
        return username + "@" + RealOpenfire.DOMAIN;
    }

    static EntityBareJid bareJid(String username) {
        return JidCreate.entityBareFromOrThrowUnchecked(jid(username));
    }
}
