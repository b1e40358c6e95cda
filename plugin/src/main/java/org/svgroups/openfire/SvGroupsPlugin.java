package org.svgroups.openfire;

import java.io.File;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.rules.GroupRules;

/**
 * Wires svgroups into Openfire: the group service, the interceptor that enforces the group rules, the listener
 * that profiles new rooms, and the plugin's IQ handler. Unloading removes every one of them and leaves the
 * groups (and the service) in place, so that a reload or an upgrade resumes where it stopped.
 */
public class SvGroupsPlugin implements Plugin {

    private static final Logger Log = LoggerFactory.getLogger(SvGroupsPlugin.class);

    private GroupService groups;
    private GroupStanzaInterceptor interceptor;
    private GroupProfileListener profileListener;
    private GroupIQHandler iqHandler;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        SvGroupsProperties settings = new SvGroupsProperties();
        String subdomain = SvGroupsProperties.SERVICE_SUBDOMAIN.getValue();
        groups = GroupService.open(XMPPServer.getInstance().getMultiUserChatManager(), subdomain, settings);

        // Rules first, so that nothing slips through while existing rooms are being checked.
        interceptor = new GroupStanzaInterceptor(groups, new GroupRules(settings));
        InterceptorManager.getInstance().addInterceptor(interceptor);
        profileListener = new GroupProfileListener(groups);
        MUCEventDispatcher.addListener(profileListener);
        iqHandler = new GroupIQHandler(groups, settings);
        groups.service().addIQHandler(iqHandler);
        groups.service().addExtraFeature(SvGroupsProtocol.NAMESPACE);

        groups.applyProfileToAllGroups();
        Log.info("svgroups started on {} (member cap {}).", groups.domain(), settings.memberCap());
    }

    @Override
    public void destroyPlugin() {
        if (groups == null) {
            return;
        }
        groups.service().removeExtraFeature(SvGroupsProtocol.NAMESPACE);
        groups.service().removeIQHandler(iqHandler);
        MUCEventDispatcher.removeListener(profileListener);
        InterceptorManager.getInstance().removeInterceptor(interceptor);
        Log.info("svgroups stopped on {}; its groups stay in place.", groups.domain());
        groups = null;
    }
}
