package org.svgroups.core.reports;

import java.util.Arrays;
import java.util.Optional;

/** Why a member reports something: the reasons the app offers, each with the word the protocol and the tables use. */
public enum ReportReason {
    SPAM("spam"),
    HARASSMENT("harassment"),
    HATE("hate"),
    VIOLENCE("violence"),
    SEXUAL("sexual"),
    SELF_HARM("self-harm"),
    MINOR_SAFETY("minor-safety"),
    SCAM("scam"),
    OTHER("other");

    /** XEP-0377's two reasons: spam is spam, abuse names no particular harm. */
    public static final String XEP_0377_SPAM = "urn:xmpp:reporting:spam";
    public static final String XEP_0377_ABUSE = "urn:xmpp:reporting:abuse";

    private final String word;

    ReportReason(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ReportReason> fromWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }

    /** The reason of an XEP-0377 report ({@code urn:xmpp:reporting:spam} or {@code :abuse}), if it is one of them. */
    public static Optional<ReportReason> fromXep0377(String uri) {
        if (XEP_0377_SPAM.equals(uri)) {
            return Optional.of(SPAM);
        }
        return XEP_0377_ABUSE.equals(uri) ? Optional.of(OTHER) : Optional.empty();
    }
}
