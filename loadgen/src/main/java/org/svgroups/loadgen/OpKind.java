package org.svgroups.loadgen;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the load generator can do in a group. */
enum OpKind {
    /** A plain groupchat message of {@code --size} characters. */
    MESSAGE,
    /** A groupchat message sharing the loopback catalogue's video (svgroups' share element, body and OOB link). */
    SHARE,
    /** The group's owner invites a friend who is not a member (XEP-0045 mediated invitation), then removes them. */
    INVITE,
    /** A member leaves the group's room and enters it again. */
    JOIN;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OpKind of(String label) {
        for (OpKind kind : values()) {
            if (kind.label().equals(label.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + label + "'; known: "
                + Arrays.stream(values()).map(OpKind::label).collect(Collectors.joining(", ")));
    }
}
