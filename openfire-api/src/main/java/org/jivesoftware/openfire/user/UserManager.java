package org.jivesoftware.openfire.user;

import java.util.*;
import org.jivesoftware.openfire.user.property.UserPropertyProvider;
import org.jivesoftware.util.SystemProperty;
import org.xmpp.packet.JID;

public final class UserManager {
    public static final SystemProperty<Boolean> ALLOW_FUTURE_USERS = null;

    public static UserManager getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User createUser(String username, final String password, final String name, final String email) throws UserAlreadyExistsException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void deleteUser(final User user) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User getUser(String username) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User getUser(final JID user) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getUserCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<User> getUsers() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<String> getUsernames() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<User> getUsers(final int startIndex, final int numResults) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Set<String> getSearchFields() throws UnsupportedOperationException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<User> findUsers(final Set<String> fields, final String query) throws UnsupportedOperationException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<User> findUsers(final Set<String> fields, final String query, final int startIndex, final int numResults) throws UnsupportedOperationException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRegisteredUser(final JID user, final boolean checkRemoteDomains) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static UserPropertyProvider getUserPropertyProvider() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isPotentialFutureLocalUser(final JID user) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void clearCaches() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private UserManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
