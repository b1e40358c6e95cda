package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.List;

/**
 * Who joins which group in a link-join run. Each round (an unmeasured warmup round counts as one) has two join runs, one into groups owned by adults (the
 * joiner becomes a member) and one into groups owned by minors (the join is held for approval), each of
 * {@code joins} joins by as many different users, none of whom has joined anything before. Each run's groups are
 * new, one per owner, and each takes at most {@code size - 1} joiners besides its owner (a group of {@code size}
 * when full); the joiners are dealt round robin, so that the groups fill side by side.
 *
 * @param joins joins per run
 * @param size  the largest group, owner included
 */
record LinkJoinLayout(int joins, int size, int rounds) {

    /** The two join runs of a round, in the order they run. */
    enum Kind {
        ADULT_OWNER("adult"), MINOR_OWNER("minor");

        final String infix;

        Kind(String infix) {
            this.infix = infix;
        }
    }

    LinkJoinLayout {
        if (joins < 1 || size < 2 || rounds < 1) {
            throw new IllegalArgumentException("a link-join run needs joins >= 1, groups of at least 2 and rounds >= 1");
        }
    }

    /** Groups (and owners) of each kind in one run: as few as hold every joiner. */
    int groups() {
        return (joins + size - 2) / (size - 1);
    }

    /** All joiners of every run: each joins once. */
    int joiners() {
        return joins * Kind.values().length * rounds;
    }

    /** The joiner indexes of one run of round {@code round} (0 to rounds - 1), in the order they join. */
    List<Integer> joinersOf(int round, Kind kind) {
        int first = (round * Kind.values().length + kind.ordinal()) * joins;
        List<Integer> joiners = new ArrayList<>(joins);
        for (int j = 0; j < joins; j++) {
            joiners.add(first + j);
        }
        return joiners;
    }

    /** The group (0 .. groups - 1) the {@code j}-th joiner of a run joins. */
    int groupOf(int j) {
        return j % groups();
    }

    /** How many of a run's joiners join group {@code g}. */
    int joinersIn(int g) {
        int groups = groups();
        return joins / groups + (g < joins % groups ? 1 : 0);
    }
}
