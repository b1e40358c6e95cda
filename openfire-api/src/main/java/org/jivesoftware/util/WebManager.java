package org.jivesoftware.util;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpSession;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.roster.RosterManager;
import org.jivesoftware.openfire.security.SecurityAuditManager;
import org.jivesoftware.openfire.user.User;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.util.cache.Cache;

public class WebManager extends WebBean {
    public WebManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public HttpSession invalidateSession() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isSetupMode() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public XMPPServer getXMPPServer() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public UserManager getUserManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public SecurityAuditManager getSecurityAuditManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterManager getRosterManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatManager getMultiUserChatManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public XMPPServerInfo getServerInfo() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void logEvent(String summary, String details) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public User getUser() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isEmbedded() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void restart() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void stop() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public WebManager getManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void validateService() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isServerRunning() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setStart(int start) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getStart() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRange(int range) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getRange() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getCurrentPage() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected void showServerDown() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void copy(URL src, File dst) throws IOException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getRowsPerPage(String pageName, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRowsPerPage(String pageName, int newValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getRefreshValue(String pageName, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRefreshValue(String pageName, int newValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getPageProperty(String pageName, String property, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setPageProperty(String pageName, String property, int newValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Cache[] getCaches() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
