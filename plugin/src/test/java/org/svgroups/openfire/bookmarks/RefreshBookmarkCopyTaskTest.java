package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

class RefreshBookmarkCopyTaskTest {

    @Test
    void theUsernameReachesTheReceivingNode() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            // As the Hazelcast plugin sends it: Java serialization, the receiving side building it afresh.
            out.writeObject(new RefreshBookmarkCopyTask("bob.o'neil"));
        }

        Object received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = in.readObject();
        }

        assertThat(received).isInstanceOfSatisfying(RefreshBookmarkCopyTask.class,
                task -> assertThat(task.username()).isEqualTo("bob.o'neil"));
        assertThat(((RefreshBookmarkCopyTask) received).getResult()).isNull();
    }
}
