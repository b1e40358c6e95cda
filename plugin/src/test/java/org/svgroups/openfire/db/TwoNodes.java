package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Two cluster nodes writing the same rows at the same moments: each node a thread with its own store, both starting
 * each round's write together, so that their inserts of new keys collide. Counts the rollbacks on their
 * connections, to see that the nodes did collide where the database makes them.
 */
final class TwoNodes {

    /** What node 0 or 1 writes in a round. */
    @FunctionalInterface
    interface BatchMaker<T> {
        List<T> batch(int node, int round);
    }

    /** Each node's batches, round by round: node 1's items in the reverse order of node 0's. */
    static <T> List<List<List<T>>> batches(int rounds, BatchMaker<T> maker) {
        List<List<List<T>>> byNode = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            byNode.get(0).add(maker.batch(0, round));
            List<T> reversed = new ArrayList<>(maker.batch(1, round));
            Collections.reverse(reversed);
            byNode.get(1).add(reversed);
        }
        return byNode;
    }

    private TwoNodes() {
    }

    /**
     * Writes the batches (see {@link #batches}) on both nodes, round by round, each node with the writer
     * {@code writerOn} makes on its connections (a store's own); fails with the first node's failure. Where the
     * database makes concurrent writers of new keys collide, checks that they did, and rolled back.
     */
    static <T> void run(InstalledSchema schema, List<List<List<T>>> batches,
                        Function<ConnectionSource, Consumer<List<T>>> writerOn) throws Exception {
        ConnectionSource database = schema.connections();
        int rounds = batches.get(0).size();
        AtomicInteger rollbacks = new AtomicInteger();
        ConnectionSource counted = () -> {
            Connection real = database.open();
            InvocationHandler handler = new RollbackCounter(real, rollbacks);
            return (Connection) Proxy.newProxyInstance(TwoNodes.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        };
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (List<List<T>> nodeBatches : batches) {
                Consumer<List<T>> node = writerOn.apply(counted);
                done.add(threads.submit(() -> {
                    try {
                        for (int round = 0; round < rounds; round++) {
                            together.await(30, TimeUnit.SECONDS);
                            node.accept(nodeBatches.get(round));
                        }
                        return null;
                    } catch (Exception | Error e) {
                        // The other node stops waiting for this one.
                        together.reset();
                        throw e;
                    }
                }));
            }
            ExecutionException failure = null;
            for (Future<Void> node : done) {
                try {
                    node.get(180, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // The node that failed first, rather than the one that then stopped waiting.
                    if (failure == null || failure.getCause() instanceof BrokenBarrierException) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            threads.shutdownNow();
        }
        if (schema.writersCollide()) {
            assertThat(rollbacks).as("batches rolled back and tried again").hasPositiveValue();
        }
    }

    /** Passes every call on to the real connection, counting the calls of {@code rollback()}. */
    private record RollbackCounter(Connection real, AtomicInteger rollbacks) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            rollbacks.addAndGet(method.getName().equals("rollback") && args == null ? 1 : 0);
            return result;
        }
    }
}
