package org.svgroups.core.archive;

import java.util.List;

/**
 * One page of a group's archive, in the order it is sent.
 *
 * @param messages the page's messages
 * @param complete whether the page reaches the end of the queried range in the direction of paging (XEP-0313
 *                 {@code <fin complete='true'/>})
 */
public record ArchivePage(List<ArchivedMessage> messages, boolean complete) {

    public ArchivePage {
        messages = List.copyOf(messages);
    }
}
