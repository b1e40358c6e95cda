package org.svgroups.client.packet;

import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;
import org.jxmpp.jid.DomainBareJid;
import org.svgroups.client.GroupSummary;
import org.svgroups.core.SvGroupsProtocol;

/**
 * The group list: a {@code get} to the group service with an empty {@code <groups/>} in
 * {@value SvGroupsProtocol#NAMESPACE}, answered
 * by a {@code result} with one {@code <group/>} per group the user belongs to.
 */
public final class GroupsIq extends IQ {

    public static final String ELEMENT = "groups";
    public static final String NAMESPACE = SvGroupsProtocol.NAMESPACE;

    private final List<GroupSummary> groups;

    /**
     * Creates the request.
     *
     * @param service the group service.
     */
    public GroupsIq(DomainBareJid service) {
        super(ELEMENT, NAMESPACE);
        setTo(service);
        setType(Type.get);
        this.groups = List.of();
    }

    /**
     * Creates a parsed result.
     *
     * @param iqData the stanza attributes (id, from, to, type).
     * @param groups the listed groups.
     */
    public GroupsIq(IqData iqData, List<GroupSummary> groups) {
        super(iqData, ELEMENT, NAMESPACE);
        this.groups = List.copyOf(groups);
    }

    /** The listed groups; empty for a request. */
    public List<GroupSummary> getGroups() {
        return groups;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        if (groups.isEmpty()) {
            xml.setEmptyElement();
            return xml;
        }
        xml.rightAngleBracket();
        for (GroupSummary group : groups) {
            xml.halfOpenElement("group")
                .attribute("jid", group.jid())
                .attribute("name", group.name())
                .optAttribute("affiliation", group.affiliation())
                .attribute("members", group.members())
                .attribute("cap", group.cap())
                .closeEmptyElement();
        }
        return xml;
    }
}
