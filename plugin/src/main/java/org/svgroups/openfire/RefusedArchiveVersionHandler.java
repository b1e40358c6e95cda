package org.svgroups.openfire;

import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.xmpp.packet.IQ;
import org.xmpp.packet.PacketError;

/**
 * Refuses an older XEP-0313 version (urn:xmpp:mam:0 or :1) on the group service, so that no other plugin answers
 * it there: Openfire's Monitoring plugin would, from its own copy of every room's messages, showing a member what
 * was said before they joined and what svgroups' retention already deleted.
 */
final class RefusedArchiveVersionHandler extends IQHandler {

    private final IQHandlerInfo info;

    RefusedArchiveVersionHandler(String namespace) {
        super("svgroups group archive (refuses " + namespace + ")");
        info = new IQHandlerInfo("query", namespace);
    }

    @Override
    public IQHandlerInfo getInfo() {
        return info;
    }

    @Override
    public IQ handleIQ(IQ iq) {
        if (!iq.isRequest()) {
            return null;
        }
        return IqErrors.error(iq, PacketError.Condition.feature_not_implemented,
                "The groups' history is served with " + ArchiveIQHandler.NAMESPACE + " only.");
    }
}
