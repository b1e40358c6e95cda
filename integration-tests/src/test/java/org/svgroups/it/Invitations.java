package org.svgroups.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.Invitation;
import org.svgroups.client.SvGroupsClient;

/** Collects the invitations a user receives, and sends raw XEP-0045 invitations for the paths the library avoids. */
final class Invitations {

    private final BlockingQueue<Invitation> received = new LinkedBlockingQueue<>();

    private Invitations() {
    }

    /** Starts collecting the invitations {@code user} receives (through the library's invitation listener). */
    static Invitations collect(SvGroupsClient user) {
        Invitations invitations = new Invitations();
        user.addInvitationListener(invitations.received::add);
        return invitations;
    }

    /**
     * The next invitation to {@code group} from {@code inviter} (a username), skipping any other; fails if none comes
     * within {@code timeout}.
     */
    Invitation awaitFor(EntityBareJid group, String inviter, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Invitation invitation = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (invitation == null) {
                throw new AssertionError("no invitation to " + group + " from " + inviter + " arrived within "
                        + timeout.toSeconds() + " s");
            }
            if (invitation.group().equals(group) && invitation.inviter() != null
                    && invitation.inviter().toString().equals(Members.jid(inviter))) {
                return invitation;
            }
        }
    }

    /**
     * Every invitation to {@code group} reported until {@code quiet} has passed without any new report, after the
     * first one (which must come within {@code timeout}).
     */
    List<Invitation> allFor(EntityBareJid group, Duration timeout, Duration quiet) throws InterruptedException {
        List<Invitation> all = new ArrayList<>();
        Invitation next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        while (next != null) {
            if (next.group().equals(group)) {
                all.add(next);
            }
            next = received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        }
        return all;
    }

    /**
     * Sends a XEP-0045 mediated invitation as a bare message to the group, without entering the room (the library's
     * {@code invite} enters it first, which a non-member cannot), and returns the error that comes back. Fails if
     * none comes back within {@code timeout}.
     */
    static StanzaError mediatedInvitationError(SvGroupsClient inviter, EntityBareJid group, String invitee,
                                               Duration timeout) throws Exception {
        MUCUser x = new MUCUser();
        x.setInvite(new MUCUser.Invite("join us", Members.bareJid(invitee)));
        Message invitation = inviter.connection().getStanzaFactory().buildMessageStanza()
                .to(group).addExtension(x).build();
        StanzaCollector errors = inviter.connection().createStanzaCollector(
                new AndFilter(MessageTypeFilter.ERROR, new StanzaIdFilter(invitation.getStanzaId())));
        try {
            inviter.connection().sendStanza(invitation);
            Message error = errors.nextResult(timeout.toMillis());
            if (error == null) {
                throw new AssertionError("the mediated invitation of " + invitee + " to " + group + " by "
                        + inviter.user() + " got no error within " + timeout.toSeconds() + " s");
            }
            return error.getError();
        } finally {
            errors.cancel();
        }
    }
}
