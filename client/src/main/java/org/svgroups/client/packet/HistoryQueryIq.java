package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.EntityBareJid;

/**
 * A XEP-0313 query of a group's history (urn:xmpp:mam:2): the last {@code max} messages, or the {@code max} before
 * the message with id {@code before}. The group answers with one {@link HistoryResult} message per archived message,
 * then a {@link HistoryFinIq}.
 */
public final class HistoryQueryIq extends IQ {

    public static final String ELEMENT = "query";
    public static final String NAMESPACE = "urn:xmpp:mam:2";

    private final String queryId;
    private final int max;
    private final String before;

    /**
     * @param group   the group whose history is read
     * @param queryId tags the result messages of this query
     * @param max     the most messages
     * @param before  the page ends before the message with this id; null for the last page
     */
    public HistoryQueryIq(EntityBareJid group, String queryId, int max, String before) {
        super(ELEMENT, NAMESPACE);
        setTo(group);
        setType(Type.set);
        this.queryId = queryId;
        this.max = max;
        this.before = before;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("queryid", queryId);
        xml.rightAngleBracket();
        xml.halfOpenElement("set").xmlnsAttribute("http://jabber.org/protocol/rsm").rightAngleBracket();
        xml.element("max", Integer.toString(max));
        if (before == null) {
            xml.emptyElement("before");
        } else {
            xml.element("before", before);
        }
        xml.closeElement("set");
        return xml;
    }
}
