package org.svgroups.core.reports;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a moderator did about a report, with the statement of reasons the people concerned are told (DSA Art. 17).
 *
 * @param reportId  the report
 * @param kind      what was done
 * @param moderator the console user who did it
 * @param statement why, in the moderator's words; never empty
 * @param days      for a suspension, how many days; otherwise 0
 * @param at        when
 */
public record ReportAction(long reportId, Kind kind, String moderator, String statement, int days, Instant at) {

    /** The actions the console offers; each closes the report. */
    public enum Kind {
        DISMISS("dismiss"), RETRACT("retract"), REMOVE("remove"), SUSPEND("suspend"), DISSOLVE("dissolve");

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

    public ReportAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(at, "at");
        if (statement.isBlank()) {
            throw new IllegalArgumentException("an action needs a statement of reasons");
        }
        if ((kind == Kind.SUSPEND) != (days > 0)) {
            throw new IllegalArgumentException("a suspension, and only a suspension, lasts a number of days");
        }
    }
}
