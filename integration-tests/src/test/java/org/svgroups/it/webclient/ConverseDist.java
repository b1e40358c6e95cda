package org.svgroups.it.webclient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Converse.js's built files ({@code dist/}) are: the folder given with {@code -Dconverse.dist}, or the
 * pinned release installed from the npm registry into {@code target/converse} the first time the web-client tests
 * run (and found there afterwards).
 */
final class ConverseDist {

    /** The release the tests run, as published to the npm registry. */
    static final String VERSION = "14.0.0";
    private static final String PACKAGE = "converse.js";
    private static final Pattern PACKAGE_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private static final long INSTALL_MINUTES = 5;

    private ConverseDist() {
    }

    /** The folder holding {@code converse.min.js}, or why there is none. */
    record Found(Path dist, String unavailableReason) {
    }

    static Found locate() {
        String given = System.getProperty("converse.dist", "").trim();
        if (!given.isEmpty()) {
            Path dist = Path.of(given).toAbsolutePath();
            return Files.isRegularFile(dist.resolve("converse.min.js"))
                    ? new Found(dist, null)
                    : new Found(null, "-Dconverse.dist=" + given + " has no converse.min.js");
        }
        Path prefix = Path.of(System.getProperty("svgroups.it.converse", "target/converse")).toAbsolutePath();
        Path installed = prefix.resolve("node_modules").resolve(PACKAGE);
        if (VERSION.equals(installedVersion(installed))) {
            return new Found(installed.resolve("dist"), null);
        }
        return install(prefix, installed);
    }

    private static Found install(Path prefix, Path installed) {
        // No scripts: the package's files are all the tests need, and nothing it ships gets to run at install.
        List<String> command = List.of("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                "--ignore-scripts", "--loglevel=error", PACKAGE + "@" + VERSION);
        Path log = prefix.resolve("npm-install.log");
        try {
            Files.createDirectories(prefix);
            Process npm = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!npm.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return new Found(null, "npm did not install " + PACKAGE + "@" + VERSION + " within " + INSTALL_MINUTES
                        + " minutes; see " + log);
            }
            if (npm.exitValue() != 0 || !VERSION.equals(installedVersion(installed))) {
                return new Found(null, "npm could not install " + PACKAGE + "@" + VERSION + " (exit " + npm.exitValue()
                        + "): " + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            return new Found(installed.resolve("dist"), null);
        } catch (IOException e) {
            // ProcessBuilder says so when there is no npm on the PATH.
            return new Found(null, "npm is not available to install " + PACKAGE + "@" + VERSION + " (" + e.getMessage()
                    + "); install Debian's npm, or give an unpacked dist/ with -Dconverse.dist=...");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Found(null, "interrupted while npm installed " + PACKAGE);
        }
    }

    private static String installedVersion(Path installed) {
        Path manifest = installed.resolve("package.json");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(installed.resolve("dist/converse.min.js"))) {
            return null;
        }
        try {
            Matcher m = PACKAGE_VERSION.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
