package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.CreatedLink;
import org.svgroups.client.LinkRequest;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;

/**
 * A group whose owner is a minor (tess, 17) holds newcomers by link for approval: the newcomer is told the request is
 * pending and sees it in their own list, the owners and admins get it as an XEP-0004 form and list it by IQ even
 * when they were away, and their answer makes the newcomer a member (through the path every membership takes) or
 * tells them politely that it was declined.
 */
@ExtendWith(RealOpenfire.class)
class LinkApprovalIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TESS = RealOpenfire.MINOR;

    /** A group of tess's with carol (her friend) as member; tess is out of its room afterwards. */
    private static EntityBareJid teenGroup(String name) throws SvGroupsException {
        try (SvGroupsClient tess = Users.connect(TESS)) {
            return tess.createGroup(name, List.of("carol")).jid();
        }
    }

    private static void assertPending(SvGroupsClient user, String uri) {
        assertThatThrownBy(() -> user.joinByLink(uri)).isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
            assertThat(e.getCondition()).contains(AppCondition.APPROVAL_PENDING);
            assertThat(e.getText()).contains("approval");
        });
    }

    @Test
    void anAwayOwnerFindsTheRequestApprovesItWithoutEnteringAndTheNewcomerIsAMember() throws Exception {
        EntityBareJid group = teenGroup("Teen crew");
        CreatedLink link;
        try (SvGroupsClient tess = Users.connect(TESS)) {
            link = tess.createLink(group, null, 1);
        }
        try (SvGroupsClient dave = Users.connect("dave")) {
            BlockingQueue<Message> told = messagesFrom(dave, group);
            assertPending(dave, link.uri());
            assertPending(dave, link.uri());
            try (SvGroupsClient bob = Users.connect("bob")) {
                assertThatThrownBy(() -> bob.joinByLink(link.uri())).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.LINK_USED_UP));
            }
            assertThat(dave.myJoinRequests()).extracting(r -> r.group().toString(), LinkRequest::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(group.toString(), "Teen crew"));
            assertThat(dave.listGroups()).noneMatch(g -> g.jid().equals(group));

            try (SvGroupsClient tess = Users.connect(TESS)) {
                assertThat(tess.joinRequests(group)).extracting(r -> r.user().toString()).containsExactly(jid("dave"));
                // The link's one use went to dave's request: asking again still says pending, and nobody else gets in.
                assertThat(tess.links(group)).isEmpty();

                tess.approve(group, "dave");

                assertThat(Members.of(tess, group)).containsEntry(jid("dave"), MUCAffiliation.member);
                assertThat(tess.joinRequests(group)).isEmpty();
            }
            assertThat(StoredBookmarks.await(dave, group).getJid().toString()).isEqualTo(group.toString());
            assertThat(dave.myJoinRequests()).isEmpty();
            Message welcome = told.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(welcome).as("dave is told").isNotNull();
            assertThat(welcome.getBody()).contains("Teen crew").contains("approved");
        }
    }

    @Test
    void anOwnerOnlineGetsTheFormAndADeclinedNewcomerIsToldPolitely() throws Exception {
        EntityBareJid group = teenGroup("Study group");
        try (SvGroupsClient tess = Users.connect(TESS); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient carol = Users.connect("carol")) {
            BlockingQueue<Message> toTess = messagesFrom(tess, group);
            BlockingQueue<Message> toBob = messagesFrom(bob, group);
            String uri = tess.createLink(group, null, null).uri();

            assertPending(bob, uri);

            Message request = toTess.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(request).as("the request reaches tess").isNotNull();
            assertThat(request.getBody()).contains(jid("bob")).contains("Study group");
            DataForm form = DataForm.from(request);
            assertThat(form.getType()).isEqualTo(DataForm.Type.form);
            assertThat(form.getFormType()).isEqualTo("urn:svgroups:links:0#request");
            assertThat(form.getField("user").getFirstValue()).isEqualTo(jid("bob"));
            assertThat(form.getField("approve").getType()).isEqualTo(FormField.Type.bool);
            // Only owners and admins answer.
            assertThatThrownBy(() -> carol.approve(group, "bob")).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.LINK_FORBIDDEN));

            tess.deny(group, "bob");

            Message declined = toBob.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(declined).as("bob is told").isNotNull();
            assertThat(declined.getBody()).contains("Study group").contains("not accepted");
            assertThat(Members.of(tess, group)).doesNotContainKey(jid("bob"));
            assertThat(bob.myJoinRequests()).isEmpty();
            // Answered once: a second answer finds nothing.
            assertThatThrownBy(() -> tess.approve(group, "bob")).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found));
        }
    }

    @Test
    void anOwnerAnswersBySubmittingTheFormAsXep0045RegistrationRequestsAreAnswered() throws Exception {
        EntityBareJid group = teenGroup("Form answers");
        try (SvGroupsClient tess = Users.connect(TESS); SvGroupsClient ben = Users.connect(RealOpenfire.BOBS_FRIEND);
             SvGroupsClient carol = Users.connect("carol")) {
            BlockingQueue<Message> toCarol = messagesFrom(carol, group);
            assertPending(ben, tess.createLink(group, null, null).uri());

            // carol is a plain member: her answer is refused, and ben still waits.
            carol.connection().sendStanza(answer(carol, group, jid(RealOpenfire.BOBS_FRIEND), true));
            // (Her invitation to the group, kept offline for her, may come first.)
            Message refused = toCarol.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            while (refused != null && refused.getType() != Message.Type.error) {
                refused = toCarol.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(refused).as("carol's answer is refused").isNotNull();
            assertThat(refused.getError().getCondition()).isEqualTo(StanzaError.Condition.forbidden);
            assertThat(tess.joinRequests(group)).hasSize(1);

            tess.connection().sendStanza(answer(tess, group, jid(RealOpenfire.BOBS_FRIEND), true));

            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!Members.of(tess, group).containsKey(jid(RealOpenfire.BOBS_FRIEND)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Members.of(tess, group)).containsEntry(jid(RealOpenfire.BOBS_FRIEND), MUCAffiliation.member);
            assertThat(tess.joinRequests(group)).isEmpty();
        }
    }

    /** The request form, filled in and submitted in a message to the group. */
    private static Message answer(SvGroupsClient approver, EntityBareJid group, String user, boolean approve) {
        return approver.connection().getStanzaFactory().buildMessageStanza().to(group)
                .addExtension(new RawXml("x", "jabber:x:data", "<x xmlns='jabber:x:data' type='submit'>"
                        + "<field var='FORM_TYPE'><value>urn:svgroups:links:0#request</value></field>"
                        + "<field var='group'><value>" + group + "</value></field>"
                        + "<field var='user'><value>" + user + "</value></field>"
                        + "<field var='approve'><value>" + (approve ? "1" : "0") + "</value></field></x>"))
                .build();
    }

    @Test
    void anAdultOwnedGroupTakesNewcomersAtOnce() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(31)); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = owner.createGroup("Grown-ups", List.of()).jid();
            bob.joinByLink(owner.createLink(group, null, null).uri());
            assertThat(Members.of(owner, group)).containsEntry(jid("bob"), MUCAffiliation.member);
            assertThat(owner.joinRequests(group)).isEmpty();
        }
    }

    private static BlockingQueue<Message> messagesFrom(SvGroupsClient user, EntityBareJid group) {
        BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        user.connection().addAsyncStanzaListener(stanza -> messages.add((Message) stanza),
                new AndFilter(StanzaTypeFilter.MESSAGE, FromMatchesFilter.createBare(group)));
        return messages;
    }
}
