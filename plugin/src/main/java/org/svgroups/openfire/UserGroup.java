package org.svgroups.openfire;

/**
 * A group a user belongs to, as the console lists it: address, name, the user's affiliation, how many are in it.
 * The bean getters are for the JSPs: Openfire's EL (javax.el 3) does not read record accessors.
 */
public record UserGroup(String jid, String name, String affiliation, int members) {

    public String getJid() {
        return jid;
    }

    public String getName() {
        return name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public int getMembers() {
        return members;
    }
}
