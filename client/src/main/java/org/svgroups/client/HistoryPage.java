package org.svgroups.client;

import java.util.List;

/**
 * A page of a group's history, oldest first.
 *
 * @param messages the page's messages
 * @param complete true when the page reaches the start of what the reader may read: there is nothing earlier
 */
public record HistoryPage(List<HistoryMessage> messages, boolean complete) {

    public HistoryPage {
        messages = List.copyOf(messages);
    }

    /** The id to ask for the page before this one ({@code before}); null for an empty page. */
    public String earliestId() {
        return messages.isEmpty() ? null : messages.get(0).id();
    }
}
