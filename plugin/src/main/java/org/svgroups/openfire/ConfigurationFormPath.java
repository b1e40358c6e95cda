package org.svgroups.openfire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.rules.GroupRules;
import org.xmpp.forms.DataForm;
import org.xmpp.forms.FormField;
import org.xmpp.packet.IQ;

/** An owner submits the room configuration form ({@code muc#owner}): the profile stays, grants follow the rules. */
final class ConfigurationFormPath {

    private final GroupService groups;
    private final GroupRules rules;

    ConfigurationFormPath(GroupService groups, GroupRules rules) {
        this.groups = groups;
        this.rules = rules;
    }

    Verdict check(IQ iq) {
        Element form = iq.getChildElement().element(QName.get("x", Stanzas.DATA_FORMS));
        if (form == null || !"submit".equals(form.attributeValue("type"))) {
            return Verdict.PASS;
        }
        MUCRoom room = groups.room(iq.getTo().getNode());
        if (room == null) {
            return Verdict.PASS;
        }
        return Verdict.of(rules.configurationForm(GroupService.membership(room), iq.getFrom().toBareJID(), fields(form)));
    }

    /** The form's fields; owner and admin lists are reduced to bare JIDs, as Openfire stores them. */
    private static Map<String, List<String>> fields(Element formElement) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FormField field : new DataForm(formElement).getFields()) {
            if (field.getVariable() == null) {
                continue;
            }
            List<String> values = field.getValues();
            if (GroupRules.JID_LIST_FIELDS.contains(field.getVariable())) {
                values = values.stream().map(v -> Stanzas.bareJid(v).orElse(v)).toList();
            }
            fields.put(field.getVariable(), values);
        }
        return fields;
    }
}
