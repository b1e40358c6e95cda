package org.svgroups.core.reports;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is about, in one group: a message (by its XEP-0359 stanza-id, the archive id), a member (bare JID)
 * or the group itself (its bare JID).
 */
public record ReportTarget(Kind kind, String ref) {

    public enum Kind {
        MESSAGE("message"), MEMBER("member"), GROUP("group");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Optional<Kind> fromWord(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }
    }

    public ReportTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("a report target needs a reference");
        }
    }

    public static ReportTarget message(String stanzaId) {
        return new ReportTarget(Kind.MESSAGE, stanzaId);
    }

    public static ReportTarget member(String user) {
        return new ReportTarget(Kind.MEMBER, user);
    }

    public static ReportTarget group(String group) {
        return new ReportTarget(Kind.GROUP, group);
    }
}
