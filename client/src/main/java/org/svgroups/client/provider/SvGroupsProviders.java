package org.svgroups.client.provider;

import org.jivesoftware.smack.provider.ProviderManager;
import org.svgroups.client.packet.DirectInvitation;
import org.svgroups.client.packet.GroupsIq;
import org.svgroups.client.packet.HistoryFinIq;
import org.svgroups.client.packet.ReportIq;
import org.svgroups.client.packet.HistoryResult;
import org.svgroups.client.packet.InvitationsIq;
import org.svgroups.client.packet.LinksIq;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.client.packet.RetractedElement;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.client.packet.SvGroupsErrorElement;
import org.svgroups.core.refusal.AppCondition;

/**
 * Registers the svgroups providers with Smack's {@link ProviderManager}. Smack keys providers by element name and
 * namespace (no wildcards), so each condition this library version knows (each {@link AppCondition}) is registered
 * by name; {@link org.svgroups.client.Refusal} still recognises condition elements added by later server versions.
 * The XEP-0249 provider replaces Smack's own for {@code jabber:x:conference}, with a compatible subclass (see
 * {@link DirectInvitation}). Shares ({@code urn:svgroups:share:0}) are parsed by {@link ShareElementProvider}.
 */
public final class SvGroupsProviders {

    private static boolean registered;

    private SvGroupsProviders() {
    }

    /** Registers the providers; safe to call more than once. */
    public static synchronized void register() {
        if (registered) {
            return;
        }
        ProviderManager.addIQProvider(GroupsIq.ELEMENT, GroupsIq.NAMESPACE, new GroupsIqProvider());
        ProviderManager.addIQProvider(InvitationsIq.ELEMENT, InvitationsIq.NAMESPACE, new InvitationsIqProvider());
        ProviderManager.addExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE,
                new DirectInvitationProvider());
        ProviderManager.addExtensionProvider(ShareElement.ELEMENT, ShareElement.NAMESPACE, ShareElementProvider.INSTANCE);
        ProviderManager.addIQProvider(HistoryFinIq.ELEMENT, HistoryFinIq.NAMESPACE, new HistoryFinIqProvider());
        ProviderManager.addIQProvider(ReportIq.ELEMENT, ReportIq.NAMESPACE, new ReportIqProvider());
        ProviderManager.addExtensionProvider(HistoryResult.ELEMENT, HistoryResult.NAMESPACE, HistoryResultProvider.INSTANCE);
        for (String element : LinksIq.RESULT_ELEMENTS) {
            ProviderManager.addIQProvider(element, LinksIq.NAMESPACE, new LinksIqProvider());
        }
        ProviderManager.addExtensionProvider(RetractElement.ELEMENT, RetractElement.NAMESPACE, RetractionProviders.RETRACT);
        ProviderManager.addExtensionProvider(RetractedElement.ELEMENT, RetractedElement.NAMESPACE,
                RetractionProviders.RETRACTED);
        for (AppCondition condition : AppCondition.values()) {
            ProviderManager.addExtensionProvider(condition.elementName(), SvGroupsErrorElement.NAMESPACE,
                    SvGroupsErrorElementProvider.INSTANCE);
        }
        registered = true;
    }
}
