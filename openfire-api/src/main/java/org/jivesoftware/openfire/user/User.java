package org.jivesoftware.openfire.user;

import java.util.*;
import org.jivesoftware.openfire.roster.Roster;

public class User {
    public static String getPropertyValue(String username, String propertyName) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User(String username, String name, String email, Date creationDate, Date modificationDate) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getUsername() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setName(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isNameVisible() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getEmail() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setEmail(String email) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isEmailVisible() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getCreationDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getModificationDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Map<String,String> getProperties() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Roster getRoster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getUID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
