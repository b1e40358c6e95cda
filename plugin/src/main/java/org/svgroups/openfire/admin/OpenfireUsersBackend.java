package org.svgroups.openfire.admin;

import java.time.Clock;
import java.util.List;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.user.User;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.LocaleUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.GroupSettings;
import org.svgroups.openfire.SvGroupsPlugin;
import org.svgroups.openfire.SvGroupsProperties;
import org.svgroups.openfire.UserGroup;
import org.svgroups.openfire.people.OpenfirePeople;
import org.xmpp.packet.JID;

/** The users page's view of Openfire: its users and their properties, the plugin's settings, the audit log. */
final class OpenfireUsersBackend implements UsersBackend {

    private final WebManager webManager;
    private final GroupSettings settings = new SvGroupsProperties();

    OpenfireUsersBackend(WebManager webManager) {
        this.webManager = webManager;
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
        XMPPServer server = XMPPServer.getInstance();
        String user = new JID(username, server.getServerInfo().getXMPPDomain(), null).toBareJID();
        // This page belongs to the running plugin: ask it, it knows its group service.
        return server.getPluginManager().getPluginByCanonicalName(SvGroupsProperties.PLUGIN_NAME)
                .filter(SvGroupsPlugin.class::isInstance).map(plugin -> ((SvGroupsPlugin) plugin).groupsOf(user))
                .orElse(List.of());
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

    @Override
    public GroupSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void audit(String summary, String details) {
        webManager.logEvent(summary, details);
    }

    @Override
    public String message(String key, List<?> arguments) {
        return LocaleUtils.getLocalizedString(key, SvGroupsProperties.PLUGIN_NAME, arguments);
    }
}
