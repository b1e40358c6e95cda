package org.jivesoftware.openfire.session;

import org.jivesoftware.openfire.privacy.PrivacyList;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.Presence;

public interface ClientSession extends Session {
    PrivacyList getActiveList();

    void setActiveList(PrivacyList activeList);

    PrivacyList getDefaultList();

    void setDefaultList(PrivacyList defaultList);

    String getUsername() throws UserNotFoundException;

    boolean isAnonymousUser();

    boolean isInitialized();

    void setInitialized(boolean isInit);

    boolean canFloodOfflineMessages();

    boolean isOfflineFloodStopped();

    Presence getPresence();

    void setPresence(Presence presence);

    int incrementConflictCount();

    boolean isMessageCarbonsEnabled();

    void setMessageCarbonsEnabled(boolean enabled);

    boolean hasRequestedBlocklist();

    void setHasRequestedBlocklist(boolean hasRequestedBlocklist);
}
