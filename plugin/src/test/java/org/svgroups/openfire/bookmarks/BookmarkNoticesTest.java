package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.Message;

class BookmarkNoticesTest {

    private static Message message(String xml) throws Exception {
        return new Message(DocumentHelper.parseText(xml).getRootElement());
    }

    private static final String EVENT = "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='%s'>"
            + "<item id='current'><storage xmlns='storage:bookmarks'/></item></items></event>";

    @Test
    void aTypelessBookmarkNotificationBecomesAHeadline() throws Exception {
        Message notice = message("<message from='bob@example.org' to='bob@example.org/phone'>"
                + EVENT.formatted("storage:bookmarks") + "</message>");

        BookmarkNotices.asHeadline(notice);

        assertThat(notice.getType()).isEqualTo(Message.Type.headline);
    }

    @Test
    void otherMessagesAreLeftAsTheyAre() throws Exception {
        Message otherNode = message("<message to='bob@example.org/phone'>" + EVENT.formatted("urn:xmpp:avatar:metadata")
                + "</message>");
        Message typed = message("<message type='chat' to='bob@example.org/phone'>" + EVENT.formatted("storage:bookmarks")
                + "</message>");
        Message plain = message("<message to='bob@example.org/phone'><body>hi</body></message>");

        BookmarkNotices.asHeadline(otherNode);
        BookmarkNotices.asHeadline(typed);
        BookmarkNotices.asHeadline(plain);

        assertThat(otherNode.getElement().attributeValue("type")).isNull();
        assertThat(typed.getType()).isEqualTo(Message.Type.chat);
        assertThat(plain.getElement().attributeValue("type")).isNull();
    }
}
