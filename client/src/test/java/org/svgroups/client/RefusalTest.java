package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.SvGroupsErrorElement;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.refusal.AppCondition;

class RefusalTest {

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    private static StanzaError iqError(String errorXml) throws Exception {
        IQ iq = PacketParserUtils.parseStanza("<iq xmlns='jabber:client' type='error' id='x1' from='abc@groups.example'"
                + " to='alice@example/phone'>" + errorXml + "</iq>");
        return iq.getError();
    }

    @Test
    void groupFullInAnInvitationErrorMessage() throws Exception {
        // What the server sends back for a refused mediated invitation.
        Message message = PacketParserUtils.parseStanza(
                "<message xmlns='jabber:client' type='error' id='inv1' from='abc@groups.example' to='alice@example/phone'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><invite to='zoe@example'/></x>"
                + "<error type='cancel'>"
                + "<policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The group has reached its member cap of 32</text>"
                + "<group-full xmlns='urn:svgroups:errors:0'/>"
                + "</error></message>");

        Refusal refusal = Refusal.from(message.getError());

        assertThat(refusal.condition()).contains(AppCondition.GROUP_FULL);
        assertThat(refusal.is(AppCondition.GROUP_FULL)).isTrue();
        assertThat(refusal.is(AppCondition.PROFILE_LOCKED)).isFalse();
        assertThat(refusal.conditionName()).isEqualTo("group-full");
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.policy_violation);
        assertThat(refusal.text()).isEqualTo("The group has reached its member cap of 32");
        assertThat(refusal.summary()).isEqualTo("group-full: The group has reached its member cap of 32");
        assertThat(refusal).hasToString("group-full (policy-violation): The group has reached its member cap of 32");
    }

    @Test
    void conditionIsParsedIntoATypedElementNotARawOne() throws Exception {
        StanzaError error = iqError("<error type='cancel'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<profile-locked xmlns='urn:svgroups:errors:0' option='muc#roomconfig_publicroom'/></error>");

        ExtensionElement element = error.getExtension("profile-locked", SvGroupsErrorElement.NAMESPACE);

        assertThat(element).isInstanceOf(SvGroupsErrorElement.class);
        assertThat(((SvGroupsErrorElement) element).getCondition()).contains(AppCondition.PROFILE_LOCKED);
    }

    @Test
    void everyConditionTheServerSendsIsKnownAndTyped() throws Exception {
        for (AppCondition condition : AppCondition.values()) {
            StanzaError error = iqError("<error type='cancel'><" + condition.stanzaCondition()
                    + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    + "<" + condition.elementName() + " xmlns='urn:svgroups:errors:0'/></error>");

            ExtensionElement element = error.getExtension(condition.elementName(), SvGroupsErrorElement.NAMESPACE);
            assertThat(element).as(condition.elementName()).isInstanceOf(SvGroupsErrorElement.class);
            Refusal refusal = Refusal.from(error);
            assertThat(refusal.condition()).as(condition.elementName()).contains(condition);
            assertThat(refusal.is(condition)).as(condition.elementName()).isTrue();
            assertThat(refusal.conditionName()).isEqualTo(condition.elementName());
            assertThat(refusal.stanzaCondition().toString()).isEqualTo(condition.stanzaCondition());
        }
    }

    @Test
    void profileLockedNamesTheLockedOption() throws Exception {
        StanzaError error = iqError("<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>groups are never listed publicly</text>"
                + "<profile-locked xmlns='urn:svgroups:errors:0' option='muc#roomconfig_publicroom'/></error>");

        Refusal refusal = Refusal.from(error);

        assertThat(refusal.is(AppCondition.PROFILE_LOCKED)).isTrue();
        assertThat(refusal.condition()).contains(AppCondition.PROFILE_LOCKED);
        assertThat(refusal.option()).contains("muc#roomconfig_publicroom");
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.not_acceptable);
        assertThat(refusal.summary()).isEqualTo("profile-locked: groups are never listed publicly");
    }

    @Test
    void aConditionFromANewerServerIsUnknownButKeepsItsName() throws Exception {
        StanzaError error = iqError("<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Slow down</text>"
                + "<video-too-long xmlns='urn:svgroups:errors:0' max='60'/></error>");

        Refusal refusal = Refusal.from(error);

        assertThat(refusal.condition()).isEmpty();
        assertThat(refusal.conditionName()).isEqualTo("video-too-long");
        assertThat(refusal.attributes()).containsEntry("max", "60");
        for (AppCondition known : AppCondition.values()) {
            assertThat(refusal.is(known)).isFalse();
        }
        assertThat(refusal.summary()).isEqualTo("video-too-long: Slow down");
        assertThat(refusal).hasToString("video-too-long (resource-constraint): Slow down");
    }

    @Test
    void theFriendGroupConditionsAreKnownAndTyped() throws Exception {
        record Case(String name, AppCondition condition, String type, String stanzaCondition) {
        }
        for (Case c : List.of(
                new Case("not-friends", AppCondition.NOT_FRIENDS, "auth", "forbidden"),
                new Case("not-member", AppCondition.NOT_MEMBER, "auth", "forbidden"),
                new Case("age-restricted", AppCondition.AGE_RESTRICTED, "auth", "forbidden"),
                new Case("consent-required", AppCondition.CONSENT_REQUIRED, "modify", "not-acceptable"),
                new Case("rate-limited", AppCondition.RATE_LIMITED, "wait", "resource-constraint"))) {
            StanzaError error = iqError("<error type='" + c.type() + "'><" + c.stanzaCondition()
                    + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>No</text>"
                    + "<" + c.name() + " xmlns='urn:svgroups:errors:0'/></error>");

            ExtensionElement element = error.getExtension(c.name(), SvGroupsErrorElement.NAMESPACE);
            assertThat(element).as(c.name()).isInstanceOf(SvGroupsErrorElement.class);
            Refusal refusal = Refusal.from(error);
            assertThat(refusal.condition()).as(c.name()).contains(c.condition());
            assertThat(refusal.is(c.condition())).as(c.name()).isTrue();
            assertThat(refusal.summary()).isEqualTo(c.name() + ": No");
            assertThat(refusal).hasToString(c.name() + " (" + c.stanzaCondition() + "): No");
        }
    }

    @Test
    void rateLimitedIsAWaitErrorWhoseTextSaysWhenToRetry() throws Exception {
        StanzaError error = iqError("<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>Too many invitations today; try again after 2026-11-26T00:00:00Z.</text>"
                + "<rate-limited xmlns='urn:svgroups:errors:0'/></error>");

        Refusal refusal = Refusal.from(error);

        assertThat(error.getType()).isEqualTo(StanzaError.Type.WAIT);
        assertThat(refusal.condition()).contains(AppCondition.RATE_LIMITED);
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.resource_constraint);
        assertThat(refusal.summary())
                .isEqualTo("rate-limited: Too many invitations today; try again after 2026-11-26T00:00:00Z.");
    }

    @Test
    void theShareConditionsAreKnownAndTyped() throws Exception {
        record Case(String name, AppCondition condition, String type, String stanzaCondition) {
        }
        for (Case c : List.of(
                new Case("share-invalid", AppCondition.SHARE_INVALID, "modify", "bad-request"),
                new Case("share-origin-not-allowed", AppCondition.SHARE_ORIGIN_NOT_ALLOWED, "modify", "not-acceptable"),
                new Case("content-unavailable", AppCondition.CONTENT_UNAVAILABLE, "cancel", "item-not-found"),
                new Case("unreadable-refused", AppCondition.UNREADABLE_REFUSED, "modify", "not-acceptable"))) {
            StanzaError error = iqError("<error type='" + c.type() + "'><" + c.stanzaCondition()
                    + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>No</text>"
                    + "<" + c.name() + " xmlns='urn:svgroups:errors:0'/></error>");

            ExtensionElement element = error.getExtension(c.name(), SvGroupsErrorElement.NAMESPACE);
            assertThat(element).as(c.name()).isInstanceOf(SvGroupsErrorElement.class);
            Refusal refusal = Refusal.from(error);
            assertThat(refusal.condition()).as(c.name()).contains(c.condition());
            assertThat(refusal.is(c.condition())).as(c.name()).isTrue();
            assertThat(refusal.stanzaCondition().toString()).isEqualTo(c.condition().stanzaCondition());
            assertThat(refusal.summary()).isEqualTo(c.name() + ": No");
            assertThat(refusal).hasToString(c.name() + " (" + c.stanzaCondition() + "): No");
        }
    }

    @Test
    void aMadeUpConditionIsUnknownButKeepsItsNameAndAttributes() throws Exception {
        String name = "made-up-condition";
        assertThat(AppCondition.fromElementName(name)).isEmpty();
        StanzaError error = iqError("<error type='cancel'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>No</text>"
                + "<" + name + " xmlns='urn:svgroups:errors:0' reason='why'/></error>");

        Refusal refusal = Refusal.from(error);

        assertThat(refusal.condition()).isEmpty();
        assertThat(refusal.conditionName()).isEqualTo(name);
        assertThat(refusal.attributes()).containsExactly(java.util.Map.entry("reason", "why"));
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.forbidden);
        assertThat(refusal.summary()).isEqualTo(name + ": No");
        assertThat(refusal).hasToString(name + " (forbidden): No");
    }

    @Test
    void aPlainXmppErrorHasNoSvGroupsCondition() throws Exception {
        StanzaError error = iqError("<error type='auth'><registration-required xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Members only</text></error>");

        Refusal refusal = Refusal.from(error);

        assertThat(refusal.condition()).isEmpty();
        assertThat(refusal.conditionName()).isNull();
        assertThat(refusal.attributes()).isEmpty();
        for (AppCondition known : AppCondition.values()) {
            assertThat(refusal.is(known)).isFalse();
        }
        assertThat(refusal.summary()).isEqualTo("registration-required: Members only");
        assertThat(refusal).hasToString("registration-required: Members only");
    }

    @Test
    void withoutTextTheMessageIsJustTheCondition() throws Exception {
        StanzaError error = iqError("<error type='cancel'><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<group-full xmlns='urn:svgroups:errors:0'/></error>");

        assertThat(Refusal.from(error).summary()).isEqualTo("group-full");
        assertThat(Refusal.from(error)).hasToString("group-full (policy-violation)");
    }

    @Test
    void refusedExceptionReadsLikeTheServerSaidIt() throws Exception {
        StanzaError error = iqError("<error type='cancel'><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The group has reached its member cap of 32</text>"
                + "<group-full xmlns='urn:svgroups:errors:0'/></error>");

        SvGroupsException.Refused e = new SvGroupsException.Refused(Refusal.from(error),
                JidCreate.entityBareFrom("abc@groups.example"), null);

        assertThat(e).hasMessage("group-full: The group has reached its member cap of 32");
        assertThat(e.getCondition()).contains(AppCondition.GROUP_FULL);
        assertThat(e.getConditionName()).isEqualTo("group-full");
        assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.policy_violation);
        assertThat(e.getText()).isEqualTo("The group has reached its member cap of 32");
        assertThat(e.getGroup().map(Object::toString)).contains("abc@groups.example");
    }

    @Test
    void errorElementSerialisesWithItsAttributes() throws Exception {
        SvGroupsErrorElement element = new SvGroupsErrorElement("profile-locked",
                java.util.Map.of("option", "muc#roomconfig_whois"));

        String xml = element.toXML().toString();
        XmlPullParser parser = PacketParserUtils.getParserFor(xml);

        assertThat(parser.getName()).isEqualTo("profile-locked");
        assertThat(parser.getNamespace()).isEqualTo("urn:svgroups:errors:0");
        assertThat(parser.getAttributeValue("option")).isEqualTo("muc#roomconfig_whois");
    }
}
