package org.svgroups.core.archive;

import java.time.Instant;

/**
 * A validated XEP-0313 query of a group's archive: the form's filters and the XEP-0059 page asked for. Absent
 * filters are null.
 *
 * @param start     messages delivered at or after this instant
 * @param end       messages delivered at or before this instant
 * @param afterId   messages after the one with this id ({@code after-id}, urn:xmpp:mam:2#extended)
 * @param beforeId  messages before the one with this id ({@code before-id})
 * @param max       the most messages in the page (already capped)
 * @param pageAfter the page starts after the message with this id (RSM {@code <after/>})
 * @param pageBefore the page ends before the message with this id (RSM {@code <before/>}); empty: the last page
 * @param flipPage  the page's messages in reverse order ({@code <flip-page/>})
 */
public record ArchiveQuery(Instant start, Instant end, String afterId, String beforeId, int max, String pageAfter,
                           String pageBefore, boolean flipPage) {

    /** Whether the page is counted from the end of the range (RSM {@code <before/>}, empty or not). */
    public boolean fromEnd() {
        return pageBefore != null;
    }
}
