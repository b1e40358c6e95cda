package org.svgroups.core.notify;

/** What reached the absent members, or a new report: the word each is written as in the notify contract. */
public enum NotifyKind {
    MESSAGE("message"), SHARE("share"), INVITATION("invitation"), REPORT("report");

    private final String word;

    NotifyKind(String word) {
        this.word = word;
    }

    /** As the JSON body names it. */
    public String word() {
        return word;
    }
}
