package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginListener;
import org.jivesoftware.openfire.disco.DiscoInfoProvider;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.svgroups.core.archive.ArchiveFeatureRule;

/**
 * Keeps the group service's XEP-0313 svgroups': its handlers the ones that answer urn:xmpp:mam:2 (and refuse the
 * older versions), and its disco features those of {@link ArchiveFeatureRule}. Openfire's MUC service keeps one IQ
 * handler per namespace, the last registered, and its extra features as a plain list; the Monitoring plugin
 * registers handlers for urn:xmpp:mam:0, :1 and :2 on every MUC service and adds the three features when it
 * starts, and removes its features (one of each, whoever added it) when it stops. So whenever another plugin has
 * started, svgroups registers its handlers again and corrects the features; whenever one has stopped, it corrects
 * the features.
 */
final class ArchiveHandlerGuard implements PluginListener {

    private final MultiUserChatService service;
    private final List<IQHandler> handlers;
    private final Plugin self;

    ArchiveHandlerGuard(MultiUserChatService service, List<IQHandler> handlers, Plugin self) {
        this.service = service;
        this.handlers = List.copyOf(handlers);
        this.self = self;
    }

    /** Registers the handlers (over any other plugin's) and puts the service's MAM features right. */
    void claim() {
        handlers.forEach(service::addIQHandler);
        correctFeatures();
    }

    @Override
    public void pluginCreated(String pluginName, Plugin plugin) {
        if (plugin != self) {
            claim();
        }
    }

    @Override
    public void pluginDestroyed(String pluginName, Plugin plugin) {
        // Monitoring removes its handlers only where they are still the registered ones: ours stay.
        if (plugin != self) {
            correctFeatures();
        }
    }

    private void correctFeatures() {
        for (Map.Entry<String, Integer> correction : ArchiveFeatureRule.corrections(advertised()).entrySet()) {
            for (int i = 0; i < Math.abs(correction.getValue()); i++) {
                if (correction.getValue() > 0) {
                    service.addExtraFeature(correction.getKey());
                } else {
                    service.removeExtraFeature(correction.getKey());
                }
            }
        }
    }

    /** The service's own disco features, its extra features among them (Openfire's service is their provider). */
    private List<String> advertised() {
        List<String> features = new ArrayList<>();
        ((DiscoInfoProvider) service).getFeatures(null, null, null).forEachRemaining(features::add);
        return features;
    }
}
