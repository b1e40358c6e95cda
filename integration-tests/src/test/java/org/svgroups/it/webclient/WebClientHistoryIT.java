package org.svgroups.it.webclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jxmpp.jid.EntityBareJid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.Users;
import org.svgroups.it.webclient.Converse.Shown;

/**
 * A member who was away finds in Converse.js every message sent to the group meanwhile. Converse joins a room
 * asking for no history ({@code <history maxstanzas='0'/>}) and fetches it from the room's archive instead
 * (XEP-0313 on the room's JID, when the room advertises {@code urn:xmpp:mam:2}), 50 messages a page.
 */
@WebClient
class WebClientHistoryIT {

    private static final int MESSAGES = 40;

    @Test
    void aMemberBackFromBeingAwaySeesEveryMessageSentMeanwhile(ConversePage page, @TempDir Path profile) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = alice.createGroup("Night shift", List.of("carol")).jid();
            String jid = group.toString();

            // carol has been in the group in Converse before, then closed her browser.
            try (Converse carol = Converse.open(page, "carol", profile)) {
                carol.openRoom(jid, "carol");
                carol.awaitEntered(jid);
            }

            alice.join(group);
            List<String> sent = new ArrayList<>();
            for (int i = 1; i <= MESSAGES; i++) {
                // Each send returns once the room has reflected the message, so all are in the room before carol is back.
                sent.add(alice.send(group, "Message " + i + " of " + MESSAGES + " while carol was away").body());
            }

            try (Converse carol = Converse.open(page, "carol", profile)) {
                carol.awaitEntered(jid);
                boolean archived = carol.roomHasArchive(jid);
                List<Shown> shown = archived ? carol.awaitMessages(jid, MESSAGES) : carol.messages(jid);
                carol.screenshot("webclient-history");

                assertThat(shown).as("the messages carol's Converse shows in the group (the group %s urn:xmpp:mam:2; "
                                + "Converse fetched %d messages from its archive)",
                        archived ? "advertises" : "does not advertise", carol.fetchedFromArchive(jid))
                        .extracting(Shown::text).containsExactlyElementsOf(sent);
                assertThat(shown).extracting(Shown::nick).containsOnly("alice");
            }
        }
    }
}
