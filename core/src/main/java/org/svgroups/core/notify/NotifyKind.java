package org.svgroups.core.notify;

/** What reached the absent members: the word each is written as in the notify contract. */
public enum NotifyKind {
    MESSAGE("message"), SHARE("share"), INVITATION("invitation");

    private final String word;

    NotifyKind(String word) {
        this.word = word;
    }

    /** As the JSON body names it. */
    public String word() {
        return word;
    }
}
