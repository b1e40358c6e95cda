package org.svgroups.client.provider;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.svgroups.client.packet.DirectInvitation;

/**
 * Parses XEP-0249 direct invitations ({@code <x xmlns='jabber:x:conference'/>}) into {@link DirectInvitation}s,
 * keeping the {@code reason} that Smack's own provider drops. The {@code jid} is kept as sent; whoever uses it checks
 * that it is a valid group address.
 */
public final class DirectInvitationProvider extends ExtensionElementProvider<DirectInvitation> {

    @Override
    public DirectInvitation parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment) {
        // Provider.parse() skips whatever the element contains (XEP-0249 defines no children).
        return new DirectInvitation(parser.getAttributeValue("", "jid"), parser.getAttributeValue("", "reason"));
    }
}
