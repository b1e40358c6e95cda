package org.svgroups.it.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a freshly provisioned Openfire looks like: its XMPP domain, its admin password, its users with their
 * roster contacts, who follows whom only one way, birthdates (the {@code svgroups.birthdate} user property) and
 * system properties; for load runs also bulk users and persistent rooms. Openfire's autosetup makes every roster
 * item a mutual subscription; the rest is written into the embedded database after that first start.
 */
public record ServerSetup(String domain, String adminPassword, Map<String, User> users, List<Follow> oneWayFollows,
                          Map<String, String> birthdates, Map<String, String> properties, List<String> bulkUsers,
                          List<Room> rooms) {

    /** A user and the contacts on their roster. */
    public record User(String username, String password, Set<String> contacts) {
    }

    /** {@code follower} follows {@code followed}, who does not follow back. */
    public record Follow(String follower, String followed) {
    }

    /**
     * A persistent room written straight into the database, as Openfire itself stores one, with the settings of
     * svgroups' group profile (members-only, hidden, JIDs visible, no password, no registration, no occupant cap).
     *
     * @param service the subdomain of an existing MUC service (svgroups creates its own at the first start)
     * @param owner   a username; it is the room's only owner
     * @param members usernames of its members (affiliation member, no reserved nickname)
     */
    public record Room(String service, String name, String naturalName, String owner, List<String> members) {
        public Room {
            members = List.copyOf(members);
        }
    }

    public ServerSetup {
        users = Map.copyOf(users);
        oneWayFollows = List.copyOf(oneWayFollows);
        birthdates = Map.copyOf(birthdates);
        properties = Map.copyOf(properties);
        bulkUsers = List.copyOf(bulkUsers);
        rooms = List.copyOf(rooms);
    }

    public String jid(String username) {
        return username + "@" + domain;
    }

    /** The users, in a stable order (autosetup numbers them). */
    public List<User> userList() {
        List<User> list = new ArrayList<>(users.values());
        list.sort((a, b) -> a.username().compareTo(b.username()));
        return list;
    }

    /** Whether anything must be written after autosetup. */
    boolean needsDatabaseChanges() {
        return !oneWayFollows.isEmpty() || !birthdates.isEmpty() || !properties.isEmpty() || !bulkUsers.isEmpty()
                || !rooms.isEmpty();
    }

    public static Builder builder(String domain) {
        return new Builder(domain);
    }

    public static final class Builder {
        private final String domain;
        private String adminPassword = "admin";
        private final Map<String, String> passwords = new LinkedHashMap<>();
        private final Map<String, Set<String>> contacts = new LinkedHashMap<>();
        private final List<Follow> oneWay = new ArrayList<>();
        private final Map<String, String> birthdates = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Set<String> bulkUsers = new LinkedHashSet<>();
        private final List<Room> rooms = new ArrayList<>();

        private Builder(String domain) {
            this.domain = domain;
        }

        public Builder adminPassword(String password) {
            this.adminPassword = password;
            return this;
        }

        public Builder user(String username, String password) {
            passwords.put(username, password);
            contacts.putIfAbsent(username, new TreeSet<>());
            return this;
        }

        /** Makes two existing users friends (a mutual roster subscription). */
        public Builder friends(String a, String b) {
            requireUsers(a, b);
            contacts.get(a).add(b);
            contacts.get(b).add(a);
            return this;
        }

        /** {@code follower} follows {@code followed} one way (subscription {@code to} / {@code from}). */
        public Builder follows(String follower, String followed) {
            friends(follower, followed);
            oneWay.add(new Follow(follower, followed));
            return this;
        }

        /** Sets a user's {@code svgroups.birthdate} (an ISO date). */
        public Builder born(String username, String isoDate) {
            requireUsers(username, username);
            birthdates.put(username, isoDate);
            return this;
        }

        /** Sets an Openfire system property (svgroups' settings are system properties). */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /**
         * A user written straight into the database after autosetup, without a password (they cannot log in) and
         * without a roster: tens of thousands of them take seconds, where autosetup hashes every password.
         */
        public Builder bulkUser(String username) {
            if (passwords.containsKey(username) || !bulkUsers.add(username)) {
                throw new IllegalArgumentException("User declared twice: " + username);
            }
            return this;
        }

        /** A persistent room of users declared before (autosetup or bulk). */
        public Builder room(String service, String name, String naturalName, String owner, List<String> members) {
            for (String user : concat(owner, members)) {
                if (!passwords.containsKey(user) && !bulkUsers.contains(user)) {
                    throw new IllegalArgumentException("Declare users first: " + user);
                }
            }
            rooms.add(new Room(service, name, naturalName, owner, members));
            return this;
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>(rest);
            all.add(0, first);
            return all;
        }

        private void requireUsers(String a, String b) {
            if (!passwords.containsKey(a) || !passwords.containsKey(b)) {
                throw new IllegalArgumentException("Declare users first: " + a + ", " + b);
            }
        }

        public ServerSetup build() {
            Map<String, User> users = new LinkedHashMap<>();
            passwords.forEach((name, password) -> users.put(name, new User(name, password, Set.copyOf(contacts.get(name)))));
            return new ServerSetup(domain, adminPassword, users, oneWay, birthdates, properties, List.copyOf(bulkUsers),
                    rooms);
        }
    }
}
