package org.svgroups.core.refusal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Application-specific error conditions (namespace {@code urn:svgroups:errors:0}), each paired with the
 * RFC 6120 stanza error condition that travels with it, so that clients unaware of svgroups still get a
 * meaningful standard error.
 */
public enum AppCondition {

    /** A room configuration change would break the group profile (public, open, anonymous, ...). */
    PROFILE_LOCKED("profile-locked", "not-acceptable"),

    /** The change would take the group's owners, admins and members over the member cap. */
    GROUP_FULL("group-full", "not-allowed"),

    /** The inviter and the invitee are not friends (or the invitee blocked the inviter: the refusal is the same). */
    NOT_FRIENDS("not-friends", "forbidden"),

    /** Only members, admins and owners of a group may add someone to it. */
    NOT_MEMBER("not-member", "forbidden"),

    /** Someone involved is younger than the minimum age for groups (or has no birthdate where one is required). */
    AGE_RESTRICTED("age-restricted", "forbidden"),

    /** A minor cannot be made a member directly: they must be invited and accept. */
    CONSENT_REQUIRED("consent-required", "not-acceptable"),

    /** Too many groups created, invitations or shares sent in the current period; the text says when to retry. */
    RATE_LIMITED("rate-limited", "resource-constraint"),

    /** A share is malformed, more than one, or out of the protocol's bounds; the text says which. */
    SHARE_INVALID("share-invalid", "bad-request"),

    /** A shared item (or its thumbnail) is not on one of the app's content hosts. */
    SHARE_ORIGIN_NOT_ALLOWED("share-origin-not-allowed", "not-acceptable"),

    /** The catalogue does not have the item, or it is private or removed. */
    CONTENT_UNAVAILABLE("content-unavailable", "item-not-found"),

    /** The group refuses messages the server cannot read (end-to-end encrypted), by the admin's choice. */
    UNREADABLE_REFUSED("unreadable-refused", "not-acceptable"),

    /**
     * No such invite link for this group: a forged or mistyped token, a link of another group, or (the same
     * refusal, so that a block is never revealed) a block between the joiner and someone in the group.
     */
    LINK_INVALID("link-invalid", "item-not-found"),

    /** The invite link is past its expiry. */
    LINK_EXPIRED("link-expired", "not-allowed"),

    /** An owner, an admin or its creator revoked the invite link. */
    LINK_REVOKED("link-revoked", "not-allowed"),

    /** The invite link was used as many times as its creator allowed. */
    LINK_USED_UP("link-used-up", "not-allowed"),

    /** Creating or revoking this link is not the sender's to do (plain members, unless a setting allows). */
    LINK_FORBIDDEN("link-forbidden", "forbidden"),

    /** The join by link waits for an owner's or admin's approval; the requester is told when it is answered. */
    APPROVAL_PENDING("approval-pending", "not-authorized"),

    /** A retraction or moderation names a stanza-id that is not a message in this group's archive. */
    MESSAGE_NOT_FOUND("message-not-found", "item-not-found"),

    /** A member may retract (XEP-0424) only their own messages. */
    NOT_AUTHOR("not-author", "forbidden"),

    /** Only the group's owners and admins may retract other people's messages (XEP-0425). */
    NOT_MODERATOR("not-moderator", "forbidden"),

    /** The message named is a retraction or a moderation notice, or was retracted already: nothing to take back. */
    NOT_RETRACTABLE("not-retractable", "bad-request"),

    /** A retraction or moderation request is malformed (no id, more than one, a reason too long); the text says which. */
    RETRACTION_INVALID("retraction-invalid", "bad-request"),

    /** A report is malformed or out of the protocol's bounds (a text too long, an unknown reason); the text says which. */
    REPORT_INVALID("report-invalid", "bad-request"),

    /**
     * The reported message or member is not one the reporter can see in the group (a forged id, another group's, from
     * before they were a member, someone not in the group): the same refusal for all, so that nothing is revealed.
     */
    REPORT_TARGET_UNKNOWN("report-target-unknown", "item-not-found"),

    /** A moderator keeps the user out of every group for a while (an action on a report). */
    SUSPENDED("suspended", "forbidden");

    private final String elementName;
    private final String stanzaCondition;

    AppCondition(String elementName, String stanzaCondition) {
        this.elementName = elementName;
        this.stanzaCondition = stanzaCondition;
    }

    /** The element name in {@code urn:svgroups:errors:0}. */
    public String elementName() {
        return elementName;
    }

    /** The RFC 6120 defined condition, as its element name (for example {@code not-acceptable}). */
    public String stanzaCondition() {
        return stanzaCondition;
    }

    public static Optional<AppCondition> fromElementName(String name) {
        return Arrays.stream(values()).filter(c -> c.elementName.equals(name)).findFirst();
    }
}
