package org.jivesoftware.openfire.user.property;

public interface UserPropertyProvider {
}
