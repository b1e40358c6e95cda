package org.svgroups.openfire;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginListener;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.MultiUserChatService;

/**
 * Keeps svgroups' archive handler the one that answers urn:xmpp:mam:2 on the group service. Openfire's MUC service
 * keeps one IQ handler per namespace, the last registered; the Monitoring plugin registers its own for
 * urn:xmpp:mam:2 on every MUC service when it starts (and removes only its own when it stops). Whenever another
 * plugin has started, svgroups registers its handler again, so that a Monitoring plugin loaded after svgroups
 * does not take over the groups' history (it would read Openfire's conversation log, without svgroups' ids or
 * read rules).
 */
final class ArchiveHandlerGuard implements PluginListener {

    private final MultiUserChatService service;
    private final IQHandler handler;
    private final Plugin self;

    ArchiveHandlerGuard(MultiUserChatService service, IQHandler handler, Plugin self) {
        this.service = service;
        this.handler = handler;
        this.self = self;
    }

    @Override
    public void pluginCreated(String pluginName, Plugin plugin) {
        if (plugin != self) {
            service.addIQHandler(handler);
        }
    }

    @Override
    public void pluginDestroyed(String pluginName, Plugin plugin) {
        // Monitoring removes its handler only if it is still the registered one: ours stays.
    }
}
