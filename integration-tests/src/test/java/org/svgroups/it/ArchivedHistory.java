package org.svgroups.it;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;

/**
 * Reads a group's history as soon as the archive has what a test just sent. Openfire tells the archive of a message
 * just after the group has delivered it, so a reader who asks the moment the sender's copy arrives may be a moment
 * early (seen on a loaded machine).
 */
public final class ArchivedHistory {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private ArchivedHistory() {
    }

    /** The newest page of up to {@code max} messages, once it satisfies {@code ready}; fails after 10 s. */
    public static HistoryPage await(SvGroupsClient reader, EntityBareJid group, int max, Predicate<HistoryPage> ready)
            throws SvGroupsException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        HistoryPage page = reader.history(group, max, null);
        while (!ready.test(page) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            page = reader.history(group, max, null);
        }
        return page;
    }

    /** The stanza-id of the group's message with that text (among the last 50), once the archive has it. */
    public static String idOf(SvGroupsClient reader, EntityBareJid group, String text)
            throws SvGroupsException, InterruptedException {
        return idIn(await(reader, group, 50, page -> idIn(page, text).isPresent()), text)
                .orElseThrow(() -> new AssertionError("no message '" + text + "' in " + group));
    }

    private static Optional<String> idIn(HistoryPage page, String text) {
        return page.messages().stream().filter(m -> text.equals(m.body())).map(HistoryMessage::id).findFirst();
    }

    /** The newest page once it holds {@code count} messages or more. */
    public static HistoryPage awaitCount(SvGroupsClient reader, EntityBareJid group, int max, int count)
            throws SvGroupsException, InterruptedException {
        return await(reader, group, max, page -> page.messages().size() >= count);
    }

    /** Every stanza-id of the group's history, paging back to its start. */
    public static Set<String> allIds(SvGroupsClient reader, EntityBareJid group) throws SvGroupsException {
        Set<String> ids = new HashSet<>();
        String before = null;
        while (true) {
            HistoryPage page = reader.history(group, 100, before);
            page.messages().stream().map(HistoryMessage::id).forEach(ids::add);
            if (page.complete() || page.messages().isEmpty()) {
                return ids;
            }
            before = page.earliestId();
        }
    }
}
