package org.svgroups.it.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a freshly provisioned Openfire looks like: its XMPP domain, its admin password and its users, each with
 * the friends autosetup puts on their roster (Openfire's autosetup makes every roster item a mutual
 * subscription, so friends are listed on both sides).
 */
public record ServerSetup(String domain, String adminPassword, Map<String, User> users) {

    public record User(String username, String password, Set<String> friends) {
    }

    public ServerSetup {
        users = Map.copyOf(users);
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

    public static Builder builder(String domain) {
        return new Builder(domain);
    }

    public static final class Builder {
        private final String domain;
        private String adminPassword = "admin";
        private final Map<String, String> passwords = new LinkedHashMap<>();
        private final Map<String, Set<String>> friends = new LinkedHashMap<>();

        private Builder(String domain) {
            this.domain = domain;
        }

        public Builder adminPassword(String password) {
            this.adminPassword = password;
            return this;
        }

        public Builder user(String username, String password) {
            passwords.put(username, password);
            friends.putIfAbsent(username, new java.util.TreeSet<>());
            return this;
        }

        /** Makes two existing users friends (a mutual roster subscription). */
        public Builder friends(String a, String b) {
            if (!passwords.containsKey(a) || !passwords.containsKey(b)) {
                throw new IllegalArgumentException("Declare users before their friendship: " + a + ", " + b);
            }
            friends.get(a).add(b);
            friends.get(b).add(a);
            return this;
        }

        public ServerSetup build() {
            Map<String, User> users = new LinkedHashMap<>();
            passwords.forEach((name, password) -> users.put(name, new User(name, password, Set.copyOf(friends.get(name)))));
            return new ServerSetup(domain, adminPassword, users);
        }
    }
}
