package org.svgroups.client;

import java.util.Optional;

import org.jivesoftware.smack.packet.StanzaError;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.core.refusal.AppCondition;

/**
 * A failed svgroups operation. The subclasses say what kind of failure it was; each has a message meant to be shown
 * to a person as it is. A server refusal is a {@link Refused}, which carries the svgroups condition (an
 * {@link AppCondition}).
 */
public class SvGroupsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SvGroupsException(String message) {
        super(message);
    }

    public SvGroupsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The server refused the request with a stanza error. The message reads like
     * {@code group-full: The group has reached its member cap of 32}.
     */
    public static final class Refused extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        private final transient Refusal refusal;
        private final transient EntityBareJid group;

        public Refused(Refusal refusal, EntityBareJid group, Throwable cause) {
            super(refusal.summary(), cause);
            this.refusal = refusal;
            this.group = group;
        }

        /** The full refusal. */
        public Refusal getRefusal() {
            return refusal;
        }

        /**
         * The svgroups condition, if the error carried one this library version knows. See
         * {@link Refusal#condition()}; {@link #getConditionName()} tells an unknown condition from none.
         */
        public Optional<AppCondition> getCondition() {
            return refusal.condition();
        }

        /**
         * The svgroups condition's element name as sent, also for conditions this library version does not know;
         * {@code null} if the error carried none. See {@link Refusal#conditionName()}.
         */
        public String getConditionName() {
            return refusal.conditionName();
        }

        /** The RFC 6120 condition. */
        public StanzaError.Condition getStanzaCondition() {
            return refusal.stanzaCondition();
        }

        /** The server's text, or {@code null}. */
        public String getText() {
            return refusal.text();
        }

        /**
         * The group the refused request concerned. Set even when the group exists despite the refusal, e.g. when
         * {@link GroupDirectory#createGroup} created the group but an initial invitation was refused.
         */
        public Optional<EntityBareJid> getGroup() {
            return Optional.ofNullable(group);
        }
    }

    /** The server rejected the credentials at login. */
    public static final class NotAuthorized extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public NotAuthorized(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server did not answer within the reply timeout. */
    public static final class NoResponse extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public NoResponse(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The group does not exist (its room had to be created to be entered, so the client undid that). */
    public static final class GroupNotFound extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public GroupNotFound(String message) {
            super(message);
        }
    }

    /**
     * There is no pending invitation to answer: none was received for that group, or it expired or was answered
     * already. Raised by the client itself, before anything is sent (for a refusal by the server see {@link Refused}).
     */
    public static final class InvitationNotFound extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public InvitationNotFound(String message) {
            super(message);
        }
    }

    /** The XMPP server has no svgroups group service (or the one named does not answer as one). */
    public static final class ServiceNotFound extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public ServiceNotFound(String message) {
            super(message);
        }
    }

    /** The connection could not be set up (unreachable host, TLS problem) or is gone. */
    public static final class ConnectionFailed extends SvGroupsException {

        private static final long serialVersionUID = 1L;

        public ConnectionFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
