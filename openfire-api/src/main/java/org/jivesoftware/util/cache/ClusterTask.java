package org.jivesoftware.util.cache;

import java.io.Externalizable;

public interface ClusterTask<V> extends Runnable, Externalizable {
    V getResult();
}
