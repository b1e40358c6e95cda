package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;

/** The end of a history query's answer: whether the page reaches the start of the history, and its first and last ids. */
public final class HistoryFinIq extends IQ {

    public static final String ELEMENT = "fin";
    public static final String NAMESPACE = HistoryQueryIq.NAMESPACE;

    private final boolean complete;
    private final String first;
    private final String last;

    public HistoryFinIq(IqData iqData, boolean complete, String first, String last) {
        super(iqData, ELEMENT, NAMESPACE);
        this.complete = complete;
        this.first = first;
        this.last = last;
    }

    public boolean isComplete() {
        return complete;
    }

    /** The id of the page's first message; null for an empty page. */
    public String getFirst() {
        return first;
    }

    /** The id of the page's last message; null for an empty page. */
    public String getLast() {
        return last;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("complete", complete);
        xml.rightAngleBracket();
        xml.halfOpenElement("set").xmlnsAttribute("http://jabber.org/protocol/rsm").rightAngleBracket();
        xml.optElement("first", first);
        xml.optElement("last", last);
        xml.closeElement("set");
        return xml;
    }
}
