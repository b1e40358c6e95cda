package org.svgroups.core.links;

/** Whether an invite link still lets people in, and if not why. */
public enum LinkState {
    ACTIVE, EXPIRED, REVOKED, USED_UP
}
