package org.svgroups.client.packet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.refusal.AppCondition;

/**
 * The application-specific condition element inside a stanza error, in {@value SvGroupsProtocol#ERRORS_NAMESPACE}; for
 * example {@code <profile-locked option='muc#roomconfig_publicroom'/>}. The element name is kept as sent, so a
 * condition this library version does not know (one without an {@link AppCondition}) is still reported faithfully.
 */
public final class SvGroupsErrorElement implements ExtensionElement {

    public static final String NAMESPACE = SvGroupsProtocol.ERRORS_NAMESPACE;

    private final String elementName;
    private final Map<String, String> attributes;

    /**
     * Creates the element.
     *
     * @param elementName the element name as sent (kept verbatim, so unknown conditions stay readable).
     * @param attributes the element's attributes, in document order.
     */
    public SvGroupsErrorElement(String elementName, Map<String, String> attributes) {
        this.elementName = Objects.requireNonNull(elementName, "elementName");
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Creates the element for a known condition, without attributes.
     *
     * @param condition the condition.
     */
    public SvGroupsErrorElement(AppCondition condition) {
        this(condition.elementName(), Map.of());
    }

    /**
     * The condition, if this library version knows it; for an unknown one, {@link #getElementName()} still says which
     * it is.
     *
     * @return the known condition, or empty.
     */
    public Optional<AppCondition> getCondition() {
        return AppCondition.fromElementName(elementName);
    }

    /** The element's attributes (for example {@code option} on {@code profile-locked}). */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    @Override
    public String getElementName() {
        return elementName;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
        attributes.forEach(xml::attribute);
        return xml.closeEmptyElement();
    }
}
