package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/** Which messages to a group are answers; the address is the interceptor's (GroupStanzaInterceptorTest). */
class LinkAnswerPathTest {

    private static Message answer(String formType, String type) {
        Message message = new Message();
        message.setFrom(new JID("alice@example.org/phone"));
        message.setTo("crew@groups.example.org");
        Element form = message.addChildElement("x", Stanzas.DATA_FORMS);
        if (type != null) {
            form.addAttribute("type", type);
        }
        field(form, "FORM_TYPE", formType);
        field(form, "user", "dave@example.org");
        field(form, "approve", "true");
        return message;
    }

    private static void field(Element form, String var, String value) {
        form.addElement("field").addAttribute("var", var).addElement("value").setText(value);
    }

    @Test
    void aSubmittedRequestFormIsAnAnswer() {
        Message message = answer(LinkNotices.REQUEST_FORM_TYPE, "submit");
        assertThat(LinkAnswerPath.requestForm(message)).contains(message.getChildElement("x", Stanzas.DATA_FORMS));
    }

    @Test
    void anotherFormAFormNotSubmittedOrNoFormIsNoAnswer() {
        assertThat(LinkAnswerPath.requestForm(answer("urn:example:other", "submit"))).isEmpty();
        assertThat(LinkAnswerPath.requestForm(answer(LinkNotices.REQUEST_FORM_TYPE, "form"))).isEmpty();
        assertThat(LinkAnswerPath.requestForm(answer(LinkNotices.REQUEST_FORM_TYPE, null))).isEmpty();
        Message message = new Message();
        message.setTo("crew@groups.example.org");
        message.setBody("hello");
        assertThat(LinkAnswerPath.requestForm(message)).isEmpty();
    }
}
