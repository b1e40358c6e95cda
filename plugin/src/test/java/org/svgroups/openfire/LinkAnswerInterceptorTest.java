package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

class LinkAnswerInterceptorTest {

    private static final String SERVICE = "groups.example.org";

    private final LinkAnswerInterceptor interceptor = interceptor();

    /** Which messages are answers is decided before the join requests are looked at. */
    private static LinkAnswerInterceptor interceptor() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        GroupService groups = new GroupService(service, FixedGroupSettings.defaults());
        return new LinkAnswerInterceptor(groups, null);
    }

    private static Message answer(String to) {
        Message message = new Message();
        message.setFrom(new JID("alice@example.org/phone"));
        message.setTo(to);
        Element form = message.addChildElement("x", Stanzas.DATA_FORMS).addAttribute("type", "submit");
        field(form, "FORM_TYPE", LinkNotices.REQUEST_FORM_TYPE);
        field(form, "user", "dave@example.org");
        field(form, "approve", "true");
        return message;
    }

    private static void field(Element form, String var, String value) {
        form.addElement("field").addAttribute("var", var).addElement("value").setText(value);
    }

    @Test
    void anAnswerToTheGroupIsSeenWhateverTheSpellingOfItsDomain() {
        for (String to : new String[] {"crew@" + SERVICE, "crew@" + SERVICE.toUpperCase(Locale.ROOT),
                "crew@" + SERVICE.replace('.', '\uFF0E')}) {
            Message message = answer(to);
            assertThat(interceptor.answerForm(message)).as(to).contains(message.getChildElement("x", Stanzas.DATA_FORMS));
        }
    }

    @Test
    void theSameFormElsewhereToAnOccupantToTheServiceOrOnTheRoomsCopyIsNotAnAnswer() {
        for (String to : new String[] {"crew@other.example.org", "crew@" + SERVICE + "/bob", SERVICE,
                "bob@example.org/phone", SERVICE + "@example.org"}) {
            assertThat(interceptor.answerForm(answer(to))).as(to).isEmpty();
        }
        Message copy = answer("bob@example.org/phone");
        copy.setFrom(new JID("crew@" + SERVICE + "/alice"));
        assertThat(interceptor.answerForm(copy)).isEmpty();
    }

    @Test
    void aMessageToTheGroupWithoutTheRequestFormIsNotAnAnswer() {
        Message message = new Message();
        message.setTo("crew@" + SERVICE);
        message.setBody("hello");
        assertThat(interceptor.answerForm(message)).isEmpty();
    }
}
