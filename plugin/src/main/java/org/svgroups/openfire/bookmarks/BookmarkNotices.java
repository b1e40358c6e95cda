package org.svgroups.openfire.bookmarks;

import org.dom4j.Element;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;

/**
 * Gives the PEP notifications of {@code storage:bookmarks} the type {@code headline} on their way to the user's
 * clients. Openfire 5.1.1 sends PEP notifications without a type, and some clients (Converse.js) take bookmark
 * pushes only from headlines, as XEP-0060 services usually send them: without it, a member who has such a client
 * open sees a group they were added to only at their next login.
 */
public final class BookmarkNotices {

    private static final String PUBSUB_EVENT = "http://jabber.org/protocol/pubsub#event";

    private BookmarkNotices() {
    }

    /** Called for every stanza on its way to a client: anything but a typeless message leaves after a field read. */
    public static void asHeadline(Packet packet) {
        if (!(packet instanceof Message message) || message.getElement().attributeValue("type") != null) {
            return;
        }
        Element event = message.getChildElement("event", PUBSUB_EVENT);
        Element items = event == null ? null : event.element("items");
        if (items != null && StorageBookmarks.NAMESPACE.equals(items.attributeValue("node"))) {
            message.setType(Message.Type.headline);
        }
    }
}
