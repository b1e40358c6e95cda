package org.svgroups.openfire.admin;

import java.util.List;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.user.User;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.WebManager;
import org.svgroups.openfire.UserGroup;
import org.svgroups.openfire.people.OpenfirePeople;
import org.xmpp.packet.JID;

/** The users page's view of Openfire: its users and their properties, the plugin's settings, the audit log. */
final class OpenfireUsersBackend extends OpenfireConsole implements UsersBackend {

    OpenfireUsersBackend(WebManager webManager) {
        super(webManager);
    }

    private static User user(String username) throws NoSuchUserException {
        try {
            return UserManager.getInstance().getUser(username);
        } catch (UserNotFoundException | IllegalArgumentException e) {
            // IllegalArgumentException: not a valid JID node (Openfire builds a JID from the name).
            throw new NoSuchUserException(username);
        }
    }

    @Override
    public List<UserGroup> groups(String username) {
        String user = new JID(username, XMPPServer.getInstance().getServerInfo().getXMPPDomain(), null).toBareJID();
        return administration().map(administration -> administration.groupsOf(user)).orElse(List.of());
    }

    @Override
    public String birthdate(String username) throws NoSuchUserException {
        return user(username).getProperties().get(OpenfirePeople.BIRTHDATE_PROPERTY);
    }

    @Override
    public void setBirthdate(String username, String value) throws NoSuchUserException {
        // User.getProperties() is a map that writes through to Openfire's user properties.
        if (value == null) {
            user(username).getProperties().remove(OpenfirePeople.BIRTHDATE_PROPERTY);
        } else {
            user(username).getProperties().put(OpenfirePeople.BIRTHDATE_PROPERTY, value);
        }
    }




}
