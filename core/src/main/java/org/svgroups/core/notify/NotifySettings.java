package org.svgroups.core.notify;

/** What the notifier reads on each batch, so that changes apply at once. */
public interface NotifySettings {

    /** The app backend's URL; empty: notifying is off. */
    String notifyUrl();

    /** The secret that signs each body; empty: notifying is off (nothing unsigned is ever sent). */
    String notifySecret();

    /** Whether plain messages carry a text preview. */
    boolean notifyPreviews();

    /** Most events in one POST. */
    int notifyBatchSize();

    /** Whether events are made and sent at all: a URL and a secret are both set. */
    default boolean notifyEnabled() {
        return !notifyUrl().isEmpty() && !notifySecret().isEmpty();
    }
}
