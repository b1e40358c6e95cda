package org.jivesoftware.openfire;

import java.io.Serializable;

public interface StreamID extends Serializable {
    String getID();
}
