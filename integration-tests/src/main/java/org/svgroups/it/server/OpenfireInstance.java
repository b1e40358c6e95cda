package org.svgroups.it.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Openfire server run from a scratch copy of a distribution: provisioned through autosetup on a
 * {@link ServerDatabase}, with the svgroups plugin jar dropped into {@code plugins/}, started as a child process on
 * a loopback address ({@link Node}) and stopped with SIGTERM (Openfire's shutdown hook); closing it also drops a
 * scratch database. A cluster node also gets the Hazelcast plugin, and its further members join the database the
 * first one set up. Uses the JDK only, so that the demo launcher can run it without Maven.
 */
public final class OpenfireInstance implements AutoCloseable {

    public static final int CLIENT_PORT = 5222;
    public static final int ADMIN_PORT = 9090;
    /** What {@code SvGroupsPlugin} logs once it enforces the rules. */
    private static final Pattern PLUGIN_STARTED = Pattern.compile("svgroups started on (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** How often Openfire looks for a new plugin jar. */
    private static final int PLUGIN_SCAN_SECONDS = 2;

    private final Path home;
    private final Path pluginJar;
    private final ServerSetup setup;
    private final ServerDatabase database;
    private final Node node;
    private Process process;

    private OpenfireInstance(Path home, Path pluginJar, ServerSetup setup, ServerDatabase database, Node node) {
        this.home = home;
        this.pluginJar = pluginJar;
        this.setup = setup;
        this.database = database;
        this.node = node;
    }

    /** {@link #provision(Path, Path, Path, ServerSetup, ServerDatabase)} on the embedded database. */
    public static OpenfireInstance provision(Path distribution, Path home, Path pluginJar, ServerSetup setup)
            throws IOException, InterruptedException {
        try {
            return provision(distribution, home, pluginJar, setup,
                    ServerDatabase.create(ServerDatabase.Kind.EMBEDDED, "", distribution.resolve("lib")));
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not load the embedded database's driver from " + distribution.resolve("lib"), e);
        }
    }

    /**
     * Copies the distribution to {@code home} (emptied first), writes the autosetup configuration for the database
     * and installs the plugin. When the setup has one-way follows or birthdates, Openfire is started once for
     * autosetup and stopped, and those are written into its database. Nothing is left running. Once this returns,
     * the instance owns the database ({@link #close()} closes it); when it throws, the caller still does.
     */
    public static OpenfireInstance provision(Path distribution, Path home, Path pluginJar, ServerSetup setup,
                                             ServerDatabase database) throws IOException, InterruptedException {
        return provision(distribution, home, pluginJar, setup, database, Node.single());
    }

    /**
     * {@link #provision(Path, Path, Path, ServerSetup, ServerDatabase)} listening on the node's address; a cluster
     * node also gets the Hazelcast plugin and its configuration, and does not own the database, which the other
     * members share (the caller closes it after them).
     */
    public static OpenfireInstance provision(Path distribution, Path home, Path pluginJar, ServerSetup setup,
                                             ServerDatabase database, Node node)
            throws IOException, InterruptedException {
        OpenfireInstance instance = prepare(distribution, home, pluginJar, setup, database, node,
                OpenfireXml.render(setup, database, PLUGIN_SCAN_SECONDS, node));
        if (setup.needsDatabaseChanges()) {
            instance.start();
            instance.stop();
            try {
                OpenfireTables.apply(database, home, setup);
            } catch (java.sql.SQLException e) {
                throw new IOException("Could not write the test data into " + database.describe(), e);
            }
        }
        return instance;
    }

    /**
     * A further member of the cluster whose first node {@link #provision(Path, Path, Path, ServerSetup,
     * ServerDatabase, Node) was provisioned} on {@code database}: a fresh home that finds Openfire already set up
     * there, so that it neither runs autosetup nor writes the test data again.
     */
    public static OpenfireInstance provisionJoining(Path distribution, Path home, Path pluginJar, ServerSetup setup,
                                                    ServerDatabase database, Node node) throws IOException {
        if (!node.clustered()) {
            throw new IllegalArgumentException("Only a cluster node joins a database another node has set up");
        }
        return prepare(distribution, home, pluginJar, setup, database, node,
                OpenfireXml.renderJoining(database, PLUGIN_SCAN_SECONDS, node));
    }

    private static OpenfireInstance prepare(Path distribution, Path home, Path pluginJar, ServerSetup setup,
                                            ServerDatabase database, Node node, String openfireXml) throws IOException {
        if (!Files.isRegularFile(distribution.resolve("lib/startup.jar"))) {
            throw new IllegalArgumentException(distribution + " is not an Openfire home: lib/startup.jar is missing");
        }
        if (!Files.isRegularFile(pluginJar)) {
            throw new IllegalArgumentException("The plugin jar " + pluginJar + " does not exist: build it first (mvn package)");
        }
        deleteTree(home);
        copyTree(distribution, home);
        Files.writeString(home.resolve("conf/openfire.xml"), openfireXml, StandardCharsets.UTF_8);
        OpenfireInstance instance = new OpenfireInstance(home, pluginJar, setup, database, node);
        if (node.clustered()) {
            if (!Files.isRegularFile(node.hazelcastJar())) {
                throw new IllegalArgumentException("The Hazelcast plugin jar " + node.hazelcastJar() + " does not exist");
            }
            Files.writeString(home.resolve("conf/hazelcast-local-config.xml"), HazelcastXml.render(node),
                    StandardCharsets.UTF_8);
            Files.copy(node.hazelcastJar(), home.resolve("plugins/hazelcast.jar"), StandardCopyOption.REPLACE_EXISTING);
        }
        instance.installPlugin();
        return instance;
    }

    public Path home() {
        return home;
    }

    public ServerSetup setup() {
        return setup;
    }

    public ServerDatabase database() {
        return database;
    }

    /** The cluster node id Openfire wrote into this home's {@code openfire.xml} on its first start. */
    public String nodeId() throws IOException {
        Matcher id = Pattern.compile("<nodeid>([^<]+)</nodeid>")
                .matcher(Files.readString(home.resolve("conf/openfire.xml"), StandardCharsets.UTF_8));
        if (!id.find()) {
            throw new IllegalStateException("No clustering.nodeid in " + home.resolve("conf/openfire.xml"));
        }
        return id.group(1).trim();
    }

    /** The loopback address every listener of this server binds. */
    public String address() {
        return node.address();
    }

    /** Starts the server and returns once clients can connect and svgroups has started. */
    public void start() throws IOException, InterruptedException {
        List<Integer> ports = new ArrayList<>(List.of(CLIENT_PORT, ADMIN_PORT));
        if (node.clustered()) {
            ports.add(Node.HAZELCAST_PORT);
        }
        for (int port : ports) {
            if (isListening(port)) {
                throw new IllegalStateException("Port " + port + " on " + address()
                        + " is already taken: stop the other server first");
            }
        }
        int startsBefore = pluginStarts();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx768m",
                "-DopenfireHome=" + home,
                "-Dopenfire.lib.dir=" + home.resolve("lib"),
                "-Dlog4j.configurationFile=" + home.resolve("lib/log4j2.xml"),
                "-Dlog4j2.formatMsgNoLookups=true",
                "-Djava.security.properties=" + home.resolve("resources/security/java.security"),
                "-Djdk.tls.ephemeralDHKeySize=matched",
                "-Djsse.SSLEngine.acceptLargeFragments=true",
                "-jar", home.resolve("lib/startup.jar").toString()));
        if (node.clustered()) {
            command.addAll(1, HazelcastXml.bindProperties(node));
        }
        process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("stdout.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!(isListening(CLIENT_PORT) && pluginStarts() > startsBefore)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Openfire exited with " + process.exitValue() + "; see " + home.resolve("stdout.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("Openfire or svgroups did not start within " + START_TIMEOUT.toSeconds()
                        + " s; see " + home.resolve("logs/openfire.log"));
            }
            Thread.sleep(200);
        }
    }

    /** Stops the server the way an admin would (SIGTERM runs Openfire's shutdown hook). */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        awaitClosed();
    }

    /** Kills the server as a crash would (SIGKILL: no shutdown hook, nothing flushed) and waits until it is gone. */
    public void crash() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        awaitClosed();
    }

    private void awaitClosed() throws InterruptedException {
        while (isListening(CLIENT_PORT)) {
            Thread.sleep(100);
        }
    }

    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    /**
     * Reads the server's database as the server left it: stops the server (plugins are destroyed first, as on any
     * shutdown, and write what they buffer; the embedded database is locked while the server runs), runs the query
     * read-only, and starts the server again, also when the query fails.
     *
     * @param sql        one {@code SELECT}, with {@code ?} for the parameters
     * @param parameters its parameters, in order
     * @return the rows, each a map from column label (case-insensitive) to value
     */
    public List<Map<String, Object>> queryWhileStopped(String sql, Object... parameters)
            throws IOException, InterruptedException {
        stop();
        try {
            return OpenfireTables.query(database, home, sql, parameters);
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not query " + database.describe() + ": " + sql, e);
        } finally {
            start();
        }
    }

    /**
     * Changes the server's database while it is stopped (see {@link OpenfireTables#update}), and starts the server
     * again, also when a statement fails.
     *
     * @param statements each a {@code String} of SQL with {@code ?} for parameters, followed by the parameters
     */
    public void updateWhileStopped(List<Object[]> statements) throws IOException, InterruptedException {
        stop();
        try {
            OpenfireTables.update(database, home, statements);
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not change " + database.describe(), e);
        } finally {
            start();
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Drops the plugin jar into {@code plugins/}, as an admin's upload does. */
    public void installPlugin() throws IOException {
        Path target = home.resolve("plugins/svgroups.jar");
        Files.copy(pluginJar, target, StandardCopyOption.REPLACE_EXISTING);
        // Openfire reloads a plugin whose jar is newer than its unpacked folder.
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
    }

    /** Replaces the plugin jar with a newer copy and waits until Openfire has unloaded and loaded it again. */
    public void reloadPlugin() throws IOException, InterruptedException {
        int startsBefore = pluginStarts();
        installPlugin();
        await(() -> pluginStarts() > startsBefore, "svgroups to be reloaded");
    }

    /** Deletes the plugin jar and waits until Openfire has unloaded the plugin (its folder is gone). */
    public void uninstallPlugin() throws IOException, InterruptedException {
        Files.delete(home.resolve("plugins/svgroups.jar"));
        await(() -> !Files.exists(home.resolve("plugins/svgroups")), "svgroups to be unloaded");
    }

    /** Installs the plugin again after {@link #uninstallPlugin()} and waits until it has started. */
    public void reinstallPlugin() throws IOException, InterruptedException {
        int startsBefore = pluginStarts();
        installPlugin();
        await(() -> pluginStarts() > startsBefore, "svgroups to be loaded");
    }

    /**
     * Drops another plugin's jar into {@code plugins/} as {@code name.jar} (Openfire names the plugin after the file)
     * and waits until Openfire has loaded it.
     */
    public void installOtherPlugin(String name, Path jar) throws IOException, InterruptedException {
        int loadsBefore = pluginLoads(name);
        Path target = home.resolve("plugins/" + name + ".jar");
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        awaitPluginLoaded(name, loadsBefore);
    }

    /** How many times Openfire has logged loading the plugin {@code name}, in this home's log. */
    public int pluginLoads(String name) {
        return count(Pattern.compile("Successfully loaded plugin '" + Pattern.quote(name) + "(-[^']*)?'"));
    }

    /** Waits until the plugin {@code name} is unpacked and Openfire has loaded it more than {@code loadsBefore} times. */
    public void awaitPluginLoaded(String name, int loadsBefore) throws InterruptedException {
        await(() -> Files.isDirectory(home.resolve("plugins/" + name)) && pluginLoads(name) > loadsBefore,
                "plugin " + name + " to be loaded");
    }

    /**
     * Deletes the jar of a plugin that {@link #installOtherPlugin} put in, when it is there, and waits until Openfire
     * has unloaded that plugin (its folder is gone).
     */
    public void uninstallOtherPlugin(String name) throws IOException, InterruptedException {
        Files.deleteIfExists(home.resolve("plugins/" + name + ".jar"));
        await(() -> !Files.exists(home.resolve("plugins/" + name)), "plugin " + name + " to be unloaded");
    }

    /** The server's log so far ({@code logs/openfire.log}). */
    public String log() {
        Path log = home.resolve("logs/openfire.log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the server's log has a match of {@code regex} so far. */
    public int logged(String regex) {
        return count(Pattern.compile(regex));
    }

    /** Waits until the server's log has at least {@code times} matches of {@code regex}. */
    public void awaitLogged(String regex, int times) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        await(() -> count(pattern) >= times, times + " log lines matching " + regex);
    }

    /** Stops the server and closes its database (a scratch database is dropped), unless other cluster nodes share it. */
    @Override
    public void close() throws InterruptedException, IOException {
        stop();
        if (node.clustered()) {
            return;
        }
        try {
            database.close();
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not drop " + database.describe(), e);
        }
    }

    /** How many times svgroups has started in this home's log (see {@link #awaitPluginStarted}). */
    public int pluginStarts() {
        return count(PLUGIN_STARTED);
    }

    /** Waits until svgroups has started more than {@code startsBefore} times, e.g. after a jar was uploaded. */
    public void awaitPluginStarted(int startsBefore) throws InterruptedException {
        await(() -> pluginStarts() > startsBefore, "svgroups to be started");
    }

    private int count(Pattern pattern) {
        Matcher m = pattern.matcher(log());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what + "; see " + home.resolve("logs/openfire.log"));
            }
            Thread.sleep(200);
        }
    }

    private boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
