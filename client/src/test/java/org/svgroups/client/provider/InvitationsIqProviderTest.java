package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.packet.InvitationsIq;

class InvitationsIqProviderTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-02T10:00:00Z");

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    private static EntityBareJid jid(String jid) throws Exception {
        return JidCreate.entityBareFrom(jid);
    }

    private static InvitationsIq parse(String invitations) throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(
                "<iq xmlns='jabber:client' type='result' id='p1' from='groups.example' to='bob@example/phone'>"
                + invitations + "</iq>");
        assertThat(stanza).isInstanceOf(InvitationsIq.class);
        return (InvitationsIq) stanza;
    }

    @Test
    void parsesReceivedAndSentInvitations() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.example' name='Dance crew' inviter='alice@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>join us &amp; dance</reason></received>"
                + "<sent group='xyz@groups.example' name='Skate' invitee='carol@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>"
                + "</invitations>");

        assertThat(iq.getType()).isEqualTo(IQ.Type.result);
        assertThat(iq.getStanzaId()).isEqualTo("p1");
        assertThat(iq.getInvitations().received()).containsExactly(new ReceivedInvitation(jid("abc@groups.example"),
                "Dance crew", jid("alice@example"), "join us & dance", CREATED, EXPIRES));
        assertThat(iq.getInvitations().sent()).containsExactly(new SentInvitation(jid("xyz@groups.example"), "Skate",
                jid("carol@example"), null, CREATED, EXPIRES));
    }

    @Test
    void parsesAnEmptyList() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'/>");

        assertThat(iq.getInvitations().isEmpty()).isTrue();
    }

    @Test
    void nameAndReasonAreOptional() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.example' inviter='alice@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>"
                + "<received group='def@groups.example' inviter='dave@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason/></received>"
                + "<sent group='xyz@groups.example' invitee='carol@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>you said yes</reason></sent>"
                + "</invitations>");

        assertThat(iq.getInvitations().received()).containsExactly(
                new ReceivedInvitation(jid("abc@groups.example"), "", jid("alice@example"), null, CREATED, EXPIRES),
                new ReceivedInvitation(jid("def@groups.example"), "", jid("dave@example"), null, CREATED, EXPIRES));
        assertThat(iq.getInvitations().sent()).containsExactly(
                new SentInvitation(jid("xyz@groups.example"), "", jid("carol@example"), "you said yes", CREATED, EXPIRES));
    }

    @Test
    void acceptsEveryXep0082DateTimeForm() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.example' inviter='alice@example'"
                + " created='2026-11-25T11:00:00.250+01:00' expires='2026-12-02T10:00:00.000Z'/>"
                + "</invitations>");

        ReceivedInvitation invitation = iq.getInvitations().received().get(0);
        assertThat(invitation.created()).isEqualTo(Instant.parse("2026-11-25T10:00:00.250Z"));
        assertThat(invitation.expires()).isEqualTo(EXPIRES);
    }

    @Test
    void skipsEntriesWithAMalformedOrMissingRequiredPartAndKeepsTheOthers() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'>"
                + "<received group='bad1@groups.example' inviter='alice@example'"
                + " created='yesterday' expires='2026-12-02T10:00:00Z'><reason>skipped</reason></received>"
                + "<received group='bad2@groups.example' inviter='alice@example'"
                + " created='2026-11-25T10:00:00' expires='2026-12-02T10:00:00Z'/>" // no time zone
                + "<received group='bad3@groups.example' inviter='alice@example' created='2026-11-25T10:00:00Z'/>"
                + "<received group='bad4@groups.example' created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>"
                + "<received group='not a jid@@' inviter='alice@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>"
                + "<received group='ok@groups.example' inviter='alice@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>kept</reason></received>"
                + "<sent group='bad5@groups.example' invitee='carol@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-13-45T10:00:00Z'/>"
                + "<sent group='ok@groups.example' invitee='carol@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>"
                + "</invitations>");

        assertThat(iq.getInvitations().received()).extracting(ReceivedInvitation::group)
                .containsExactly(jid("ok@groups.example"));
        assertThat(iq.getInvitations().received().get(0).reason()).isEqualTo("kept");
        assertThat(iq.getInvitations().sent()).extracting(SentInvitation::group)
                .containsExactly(jid("ok@groups.example"));
    }

    @Test
    void ignoresUnknownElementsAndAttributes() throws Exception {
        InvitationsIq iq = parse("<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.example' inviter='alice@example' colour='red'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><badge/><reason>hi</reason></received>"
                + "<withdrawn group='old@groups.example'><received group='nested@groups.example' inviter='x@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/></withdrawn>"
                + "</invitations>");

        assertThat(iq.getInvitations().received()).containsExactly(new ReceivedInvitation(jid("abc@groups.example"),
                "", jid("alice@example"), "hi", CREATED, EXPIRES));
        assertThat(iq.getInvitations().sent()).isEmpty();
    }

    @Test
    void requestIsAnEmptyGetToTheService() throws Exception {
        InvitationsIq request = new InvitationsIq(JidCreate.domainBareFrom("groups.example"));
        request.setStanzaId("r1");

        assertThat(request.toXML().toString()).isEqualTo(
                "<iq xmlns='jabber:client' to='groups.example' id='r1' type='get'><invitations xmlns='urn:svgroups:0'/></iq>");
    }

    @Test
    void serialisedResultParsesBackToTheSameInvitations() throws Exception {
        PendingInvitations invitations = new PendingInvitations(
                List.of(new ReceivedInvitation(jid("abc@groups.example"), "A <b> \"c\"", jid("alice@example"),
                        "come & see", CREATED, Instant.parse("2026-12-02T10:00:00.5Z"))),
                List.of(new SentInvitation(jid("xyz@groups.example"), "", jid("carol@example"), null, CREATED, EXPIRES)));
        InvitationsIq original = new InvitationsIq(StanzaBuilder.buildIqData("r2").ofType(IQ.Type.result)
                .from(JidCreate.domainBareFrom("groups.example")), invitations);

        InvitationsIq parsed = PacketParserUtils.parseStanza(original.toXML().toString());

        assertThat(parsed.getInvitations()).isEqualTo(invitations);
    }
}
