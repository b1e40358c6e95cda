package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.InviteLinkStore;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.links.JoinRequestStore;
import org.svgroups.core.links.LinkCreationRule;
import org.svgroups.core.links.LinkDecision;
import org.svgroups.core.links.LinkGuessLimit;
import org.svgroups.core.links.LinkJoinRule;
import org.svgroups.core.links.LinkSettings;
import org.svgroups.core.links.LinkState;
import org.svgroups.core.links.LinkTerms;
import org.svgroups.core.links.LinkToken;
import org.svgroups.core.links.LinkValidityRule;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.JID;

/**
 * Invite links of the groups, as the rules have them: creating, listing and revoking links, joining by link (a use
 * counted atomically in the store before the enrolment, which goes through the path every membership takes), and
 * the join requests of groups that hold newcomers for approval. Refusals are thrown as {@link LinkRefusedException}.
 */
final class LinkJoins {

    /** A new link and its token, which exists only in this answer. */
    record Created(InviteLink link, String token) {
    }

    /** What a join by link did. */
    enum Joined {
        /** The sender became a member. */
        MEMBER,
        /** The sender was part of the group already. */
        ALREADY_IN
    }

    private static final Refusal NOT_IN_GROUP = Refusal.of(AppCondition.NOT_MEMBER, "You are not in this group.");
    private static final Refusal PENDING = Refusal.of(AppCondition.APPROVAL_PENDING,
            "Your request to join waits for the approval of an owner or admin of the group; you will be told the answer.");

    private final GroupService groups;
    private final InviteLinkStore links;
    private final JoinRequestStore requests;
    private final LinkToken tokens;
    private final LinkSettings settings;
    private final LinkCreationRule creation;
    private final LinkJoinRule joining;
    private final LinkGuessLimit guesses;
    private final LinkValidityRule validity;
    private final Enrolments enrolments;
    private final LinkNotices notices;
    private final Clock clock;

    LinkJoins(GroupService groups, InviteLinkStore links, JoinRequestStore requests, LinkToken tokens,
              LinkSettings settings, LinkJoinRule joining, LinkGuessLimit guesses, Enrolments enrolments,
              LinkNotices notices, Clock clock) {
        this.groups = groups;
        this.links = links;
        this.requests = requests;
        this.tokens = tokens;
        this.settings = settings;
        this.creation = new LinkCreationRule(settings);
        this.joining = joining;
        this.guesses = guesses;
        this.validity = new LinkValidityRule(clock);
        this.enrolments = enrolments;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @param days null: the default lifetime
     * @param uses null: no limit
     * @throws IllegalArgumentException when the terms are out of range
     */
    Created create(String roomName, JID creator, Integer days, Integer uses) throws LinkRefusedException {
        refuseIfPresent(creation.create(affiliation(roomName, creator)));
        LinkTerms terms = LinkTerms.of(days, uses, settings);
        Instant now = clock.instant();
        String token = tokens.generate();
        InviteLink link = new InviteLink(tokens.newId(), groups.groupJid(roomName), creator.toBareJID(), now,
                now.plus(terms.lifetime()), terms.maxUses(), 0, false);
        links.save(link, LinkToken.hash(token));
        return new Created(link, token);
    }

    /** The group's active links: all of them for owners and admins, their own for members. */
    List<InviteLink> list(String roomName, JID user) throws LinkRefusedException {
        Affiliation affiliation = affiliation(roomName, user);
        if (!affiliation.isMembership()) {
            throw new LinkRefusedException(NOT_IN_GROUP);
        }
        Instant now = clock.instant();
        boolean all = creation.managesAll(affiliation);
        return links.ofGroup(groups.groupJid(roomName)).stream()
                .filter(link -> link.state(now) == LinkState.ACTIVE)
                .filter(link -> all || link.creator().equals(user.toBareJID()))
                .toList();
    }

    void revoke(String roomName, JID user, String id) throws LinkRefusedException {
        Optional<InviteLink> link = links.find(groups.groupJid(roomName), id == null ? "" : id);
        Affiliation affiliation = affiliation(roomName, user);
        if (link.isEmpty()) {
            throw new LinkRefusedException(affiliation.isMembership() ? LinkValidityRule.INVALID : NOT_IN_GROUP);
        }
        refuseIfPresent(creation.revoke(affiliation, user.toBareJID(), link.get().creator()));
        links.revoke(link.get().group(), link.get().id());
    }

    /**
     * The sender uses a link of the group. Every refusal as invalid (whatever the reason: no such token, a token of
     * another group, a block) counts against the sender's guess limit.
     */
    Joined join(String roomName, JID sender, String token) throws LinkRefusedException {
        String user = sender.toBareJID();
        refuseIfPresent(guesses.check(user));
        String hash = LinkToken.isWellFormed(token) ? LinkToken.hash(token) : null;
        Optional<InviteLink> link = hash == null ? Optional.empty() : links.findByHash(hash);
        MUCRoom room = groups.room(roomName);
        if (room == null) {
            guesses.failed(user);
            throw new LinkRefusedException(LinkValidityRule.INVALID);
        }
        LinkDecision decision = joining.decide(groups.groupJid(roomName), GroupService.membership(room), user, link);
        if (decision.isInvalidLink()) {
            guesses.failed(user);
        }
        if (decision.refusal().map(r -> r.condition() == AppCondition.LINK_USED_UP).orElse(false)
                && requests.find(groups.groupJid(roomName), user).isPresent()) {
            // Their own request may have taken the last use: it still waits.
            throw new LinkRefusedException(PENDING);
        }
        refuseIfPresent(decision.refusal());
        switch (decision.outcome()) {
            case ALREADY_IN -> {
                return Joined.ALREADY_IN;
            }
            case REQUEST -> {
                String group = groups.groupJid(roomName);
                if (requests.find(group, user).isEmpty()) {
                    use(hash);
                    JoinRequest request = new JoinRequest(group, user, link.orElseThrow().id(), clock.instant());
                    if (requests.saveIfAbsent(request)) {
                        notices.requested(room, request);
                    }
                }
                throw new LinkRefusedException(PENDING);
            }
            default -> {
                use(hash);
                refuseIfPresent(enrolments.enrol(roomName, sender.asBareJID()));
                return Joined.MEMBER;
            }
        }
    }

    /** The group's pending requests, for its owners and admins. */
    List<JoinRequest> requestsOf(String roomName, JID user) throws LinkRefusedException {
        requireApprover(roomName, user);
        return requests.ofGroup(groups.groupJid(roomName));
    }

    /** The sender's own pending requests. */
    List<JoinRequest> requestsBy(JID user) {
        return requests.ofUser(user.toBareJID());
    }

    /**
     * An owner or admin answers a request. Approval checks the group as it is now (age, blocks, a friend for a
     * teen, the cap) and enrols through the path every membership takes; a refused approval leaves the request.
     *
     * @return false when there is no such request (never made, or answered already)
     */
    boolean answer(String roomName, JID approver, String user, boolean approve) throws LinkRefusedException {
        requireApprover(roomName, approver);
        String group = groups.groupJid(roomName);
        Optional<JoinRequest> request = requests.find(group, user);
        MUCRoom room = groups.room(roomName);
        if (request.isEmpty() || room == null) {
            return false;
        }
        if (approve) {
            refuseIfPresent(joining.admissible(GroupService.membership(room), user));
        }
        if (!requests.remove(group, user)) {
            return false;
        }
        if (!approve) {
            notices.denied(room, user);
            return true;
        }
        Optional<Refusal> refusal = enrolments.enrol(roomName, new JID(user));
        if (refusal.isPresent()) {
            requests.saveIfAbsent(request.get());
            throw new LinkRefusedException(refusal.get());
        }
        notices.approved(room, user);
        return true;
    }

    private void use(String hash) throws LinkRefusedException {
        if (!links.use(hash, clock.instant())) {
            // Someone else took the last use, or it expired or was revoked a moment ago: say which.
            Optional<InviteLink> now = links.findByHash(hash);
            throw new LinkRefusedException(validity.check(now.map(InviteLink::group).orElse(""), now)
                    .orElse(LinkValidityRule.INVALID));
        }
    }

    private void requireApprover(String roomName, JID user) throws LinkRefusedException {
        Affiliation affiliation = affiliation(roomName, user);
        if (!creation.managesAll(affiliation)) {
            throw new LinkRefusedException(affiliation.isMembership() ? Refusal.of(AppCondition.LINK_FORBIDDEN,
                    "Only the group's owners and admins answer join requests.") : NOT_IN_GROUP);
        }
    }

    private Affiliation affiliation(String roomName, JID user) {
        MUCRoom room = groups.room(roomName);
        if (room == null) {
            return Affiliation.NONE;
        }
        org.jivesoftware.openfire.muc.Affiliation affiliation = room.getAffiliation(user.asBareJID());
        return affiliation == null ? Affiliation.NONE : Affiliation.fromXmlValue(affiliation.name()).orElse(Affiliation.NONE);
    }

    private static void refuseIfPresent(Optional<Refusal> refusal) throws LinkRefusedException {
        if (refusal.isPresent()) {
            throw new LinkRefusedException(refusal.get());
        }
    }
}
