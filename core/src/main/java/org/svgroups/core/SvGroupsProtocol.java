package org.svgroups.core;

/** The XML namespaces svgroups puts on the wire; the server and the client library share them. */
public final class SvGroupsProtocol {

    /** Disco feature of a group service, and namespace of the plugin's own IQs (group list, leave). */
    public static final String NAMESPACE = "urn:svgroups:0";

    /** Namespace of the application-specific error conditions. */
    public static final String ERRORS_NAMESPACE = "urn:svgroups:errors:0";

    private SvGroupsProtocol() {
    }
}
