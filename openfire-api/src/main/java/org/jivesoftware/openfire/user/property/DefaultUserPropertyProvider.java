package org.jivesoftware.openfire.user.property;

public class DefaultUserPropertyProvider implements UserPropertyProvider {
}
