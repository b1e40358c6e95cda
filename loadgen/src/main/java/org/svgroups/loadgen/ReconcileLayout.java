package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups of a bookmark reconciliation run: user {@code u} of {@code N} belongs to {@code u mod 3 + 1} groups
 * (1, 2 or 3: about two on average), and the memberships are dealt out as evenly as can be to groups of at most
 * {@code size}. Membership slots are numbered user by user (a user's slots are consecutive) and slot {@code s} goes
 * to group {@code s mod G}: with {@code G >= 3} a user's slots land in different groups, and each group mixes
 * users from all over.
 */
record ReconcileLayout(int users, int size) {

    ReconcileLayout {
        if (size < 2 || users < 2 * size) {
            throw new IllegalArgumentException("groups of " + size + " need at least 2 x " + size + " users, not " + users);
        }
        // Users >= 2 x size make at least 3 groups (the memberships are about 2 x users), so none holds a user twice.
    }

    /** All memberships: 1 + 2 + 3 for every three users, and the start of that for the rest. */
    int memberships() {
        int rest = users % 3;
        return users / 3 * 6 + rest * (rest + 1) / 2;
    }

    /** How many groups {@code G}: enough that none has more than {@code size} members. */
    int groups() {
        return (memberships() + size - 1) / size;
    }

    /** How many groups user {@code u} belongs to. */
    int groupCount(int u) {
        return u % 3 + 1;
    }

    /** Group {@code g}'s members as user indexes, its owner first. */
    List<Integer> members(int g) {
        int groups = groups();
        List<Integer> members = new ArrayList<>(size);
        for (int slot = g; slot < memberships(); slot += groups) {
            members.add(userOfSlot(slot));
        }
        return members;
    }

    /** The user a membership slot belongs to: slots 0..5 are users 0, 1, 1, 2, 2, 2, and so on. */
    int userOfSlot(int slot) {
        int triple = slot / 6;
        int within = slot % 6;
        return triple * 3 + (within == 0 ? 0 : within < 3 ? 1 : 2);
    }
}
