package org.svgroups.openfire.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.privacy.PrivacyList;
import org.jivesoftware.openfire.privacy.PrivacyListManager;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.openfire.user.property.DefaultUserPropertyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.people.People;
import org.svgroups.openfire.db.JdbcUserProperties;
import org.xmpp.packet.JID;

/**
 * Birthdates from the user property {@value #BIRTHDATE_PROPERTY} (set by the app's backend or an admin), and
 * XEP-0191 blocklists, which Openfire keeps as the user's default privacy list. Users of other servers have
 * neither here. With Openfire's own property provider the birthdate is read from its table each time (see
 * {@link JdbcUserProperties}: a database failure refuses, rather than forgetting the birthdate); with another
 * provider (LDAP, say) through Openfire's {@code User}.
 */
public final class OpenfirePeople implements People {

    /** The user property holding an ISO date, {@code YYYY-MM-DD}. */
    public static final String BIRTHDATE_PROPERTY = "svgroups.birthdate";

    private static final Logger Log = LoggerFactory.getLogger(OpenfirePeople.class);

    private final JdbcUserProperties stored = new JdbcUserProperties(DbConnectionManager::getConnection);

    @Override
    public Optional<LocalDate> birthdate(String user) {
        JID jid = new JID(user);
        if (!XMPPServer.getInstance().isLocal(jid) || jid.getNode() == null) {
            return Optional.empty();
        }
        String value;
        if (UserManager.getUserPropertyProvider() instanceof DefaultUserPropertyProvider) {
            value = stored.property(jid.getNode(), BIRTHDATE_PROPERTY).orElse(null);
        } else {
            try {
                value = UserManager.getInstance().getUser(jid.getNode()).getProperties().get(BIRTHDATE_PROPERTY);
            } catch (UserNotFoundException e) {
                return Optional.empty();
            }
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            Log.warn("Ignoring the malformed {} '{}' of {}: expected YYYY-MM-DD.", BIRTHDATE_PROPERTY, value, user);
            return Optional.empty();
        }
    }

    @Override
    public boolean blocks(String blocker, String blocked) {
        JID blockerJid = new JID(blocker);
        if (!XMPPServer.getInstance().isLocal(blockerJid) || blockerJid.getNode() == null) {
            return false;
        }
        PrivacyList list = PrivacyListManager.getInstance().getDefaultPrivacyList(blockerJid.getNode());
        if (list == null) {
            return false;
        }
        JID blockedJid = new JID(blocked);
        Set<JID> blockedJids = list.getBlockedJIDs();
        // A blocklist item may name the user or their whole domain.
        return blockedJids.contains(blockedJid.asBareJID()) || blockedJids.contains(new JID(blockedJid.getDomain()));
    }
}
