package org.svgroups.client.packet;

import java.util.Objects;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.svgroups.core.share.Share;

/**
 * XEP-0066 out-of-band data in a message, {@code <x xmlns='jabber:x:oob'><url/><desc/></x>}: the link a client that
 * knows nothing of shares shows (many render it as a preview). svgroups registers no provider for it (Smack has none
 * and an app may bring its own), so a received one is a {@link StandardExtensionElement}; {@link #from(Stanza)} reads
 * either form.
 */
public final class OutOfBandData implements ExtensionElement {

    public static final String ELEMENT = "x";
    public static final String NAMESPACE = "jabber:x:oob";
    public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    private final String url;
    private final String description;

    /**
     * Creates the element.
     *
     * @param url the link.
     * @param description what it is, or {@code null}.
     */
    public OutOfBandData(String url, String description) {
        this.url = Objects.requireNonNull(url, "url");
        this.description = description == null || description.isBlank() ? null : description;
    }

    /** The link to a share: its URL, described by its title. */
    public static OutOfBandData of(Share share) {
        return new OutOfBandData(share.url(), share.title());
    }

    /**
     * The out-of-band data a stanza carries.
     *
     * @param stanza the stanza.
     * @return the first {@code jabber:x:oob} element with a URL, or empty.
     */
    public static Optional<OutOfBandData> from(Stanza stanza) {
        ExtensionElement element = stanza.getExtensionElement(ELEMENT, NAMESPACE);
        if (element instanceof OutOfBandData) {
            return Optional.of((OutOfBandData) element);
        }
        if (element instanceof StandardExtensionElement) {
            StandardExtensionElement x = (StandardExtensionElement) element;
            StandardExtensionElement url = x.getFirstElement("url");
            StandardExtensionElement desc = x.getFirstElement("desc");
            if (url != null && url.getText() != null && !url.getText().isBlank()) {
                return Optional.of(new OutOfBandData(url.getText().trim(), desc == null ? null : desc.getText()));
            }
        }
        return Optional.empty();
    }

    public String getUrl() {
        return url;
    }

    /** The description, or {@code null}. */
    public String getDescription() {
        return description;
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
        xml.rightAngleBracket();
        xml.element("url", url);
        xml.optElement("desc", description);
        return xml.closeElement(this);
    }
}
