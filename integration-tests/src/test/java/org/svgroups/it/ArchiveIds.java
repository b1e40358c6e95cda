package org.svgroups.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsClient;

/** The archive ids (stanza-ids by the group) of messages, as a member's history gives them. */
public final class ArchiveIds {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private ArchiveIds() {
    }

    /**
     * The stanza-id of the group's message with that text, once the group has delivered it (a sender's {@code send}
     * returns before).
     */
    public static String idOf(SvGroupsClient reader, EntityBareJid group, String text) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Optional<String> id = reader.history(group, 50, null).messages().stream().filter(m -> text.equals(m.body()))
                    .map(HistoryMessage::id).findFirst();
            if (id.isPresent()) {
                return id.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no message '" + text + "' in " + group);
            }
            Thread.sleep(50);
        }
    }
}
