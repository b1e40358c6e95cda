package org.svgroups.client.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.svgroups.client.ClientConfig;
import org.svgroups.client.Shares;
import org.svgroups.core.share.Share;

/**
 * A parsed command line. Options may come before or after the command; {@code --} ends them, for arguments that
 * start with a dash. The password may come from {@value #PASSWORD_ENV} instead of {@code --password}, which keeps it
 * out of the process list.
 *
 * @param host server host.
 * @param port server port.
 * @param domain XMPP domain, or {@code null} for the host.
 * @param user username.
 * @param password password.
 * @param service group service JID, or {@code null} to discover it.
 * @param insecure true to connect without TLS.
 * @param debug true to print the XMPP traffic and debug logs.
 * @param command the command.
 * @param args the command's arguments.
 * @param options the command's own options ({@code --id}, {@code --title}, {@code --price}, {@code --currency},
 *        {@code --max}, {@code --before}) by
 *        name, with their defaults filled in: {@code --id} from the URL, {@code --currency} in upper case.
 */
public record CliArguments(String host, int port, String domain, String user, String password, String service,
                           boolean insecure, boolean debug, Command command, List<String> args,
                           Map<String, String> options) {

    public CliArguments {
        options = Map.copyOf(options);
    }

    /** Messages {@code history} prints without {@code --max}. */
    public static final int DEFAULT_HISTORY = 20;

    /** Environment variable read when {@code --password} is not given. */
    public static final String PASSWORD_ENV = "SVGROUPS_PASSWORD";

    /**
     * Parses a command line.
     *
     * @param argv the arguments as given to {@code main}.
     * @param env the environment, for {@value #PASSWORD_ENV}.
     * @return the parsed arguments.
     * @throws UsageException if the command line is wrong.
     */
    public static CliArguments parse(String[] argv, Map<String, String> env) throws UsageException {
        String host = null;
        String domain = null;
        String user = null;
        String password = null;
        String service = null;
        String port = null;
        boolean insecure = false;
        boolean debug = false;
        boolean help = false;
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();

        boolean optionsEnded = false;
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--insecure" -> insecure = true;
                case "--debug" -> debug = true;
                case "--host", "--port", "--domain", "--user", "--password", "--service",
                        Command.Option.ID, Command.Option.TITLE, Command.Option.PRICE, Command.Option.CURRENCY,
                        Command.Option.MAX, Command.Option.BEFORE, Command.Option.EXPIRES_DAYS, Command.Option.USES,
                        Command.Option.REASON -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= argv.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = argv[++i];
                    }
                    switch (name) {
                        case "--host" -> host = value;
                        case "--port" -> port = value;
                        case "--domain" -> domain = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--service" -> service = value;
                        default -> options.put(name, value);
                    }
                }
                default -> throw new UsageException("unknown option " + name
                        + " (put -- before arguments that start with a dash)");
            }
            if (inlineValue != null && (name.equals("--insecure") || name.equals("--debug") || name.equals("--help"))) {
                throw new UsageException(name + " takes no value");
            }
        }

        if (help || positional.isEmpty()) {
            return new CliArguments(host, ClientConfig.DEFAULT_PORT, domain, user, password, service, insecure, debug,
                    Command.HELP, List.of(), Map.of());
        }
        String word = positional.get(0);
        Command command = Command.fromWord(word)
                .orElseThrow(() -> new UsageException("unknown command '" + word + "'"));
        List<String> args = List.copyOf(positional.subList(1, positional.size()));
        if (!command.acceptsArgCount(args.size())) {
            throw new UsageException("usage: svgroups-cli [OPTIONS] " + command.usage());
        }
        if (command == Command.LISTEN && args.size() == 2) {
            positiveInt(args.get(1), "SECONDS");
        }
        checkOptions(command, options);
        for (String option : List.of(Command.Option.MAX, Command.Option.EXPIRES_DAYS, Command.Option.USES)) {
            if (options.containsKey(option)) {
                positiveInt(options.get(option), option);
            }
        }
        if (command == Command.SHARE_VIDEO || command == Command.SHARE_PRODUCT) {
            completeShareOptions(args.get(1), options);
        }
        if (command != Command.HELP) {
            if (password == null) {
                password = env.get(PASSWORD_ENV);
            }
            require(host, "--host");
            require(user, "--user");
            require(password, "--password (or " + PASSWORD_ENV + ")");
        }
        int portNumber = port == null ? ClientConfig.DEFAULT_PORT : positiveInt(port, "--port");
        if (portNumber > 65535) {
            throw new UsageException("--port must be at most 65535");
        }
        return new CliArguments(host, portNumber, domain, user, password, service, insecure, debug, command, args,
                options);
    }

    /** Each option given belongs to the command, and each it needs is there. */
    private static void checkOptions(Command command, Map<String, String> options) throws UsageException {
        for (String option : options.keySet()) {
            if (!command.options().contains(option)) {
                throw new UsageException(command.word() + " takes no " + option);
            }
        }
        for (String option : Command.Option.ALL) {
            if (command.requiredOptions().contains(option) && !options.containsKey(option)) {
                throw new UsageException(command.word() + " needs " + option);
            }
        }
    }

    /** Checks what the share needs locally (the server checks the rest) and fills in the defaults. */
    private static void completeShareOptions(String url, Map<String, String> options) throws UsageException {
        String id = options.get(Command.Option.ID);
        if (id == null) {
            id = Shares.idFromUrl(url).orElseThrow(() -> new UsageException(
                    "cannot take an item id from the URL '" + url + "': give --id"));
            options.put(Command.Option.ID, id);
        } else if (id.isBlank()) {
            throw new UsageException("--id must not be empty");
        }
        String price = options.get(Command.Option.PRICE);
        if (price != null) {
            try {
                new BigDecimal(price.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--price must be a decimal number such as 19.99, not '" + price + "'");
            }
        }
        String currency = options.get(Command.Option.CURRENCY);
        if (currency != null) {
            if (!currency.matches("[A-Za-z]{3}")) {
                throw new UsageException("--currency must be a three-letter ISO 4217 code such as EUR, not '"
                        + currency + "'");
            }
            options.put(Command.Option.CURRENCY, currency.toUpperCase(Locale.ROOT));
        }
    }

    /** The library configuration these arguments describe. */
    public ClientConfig toConfig() {
        return ClientConfig.builder()
                .host(host)
                .port(port)
                .domain(domain)
                .username(user)
                .password(password)
                .service(service)
                .securityMode(insecure ? SecurityMode.disabled : SecurityMode.required)
                .build();
    }

    /**
     * The share {@code share-video} or {@code share-product} describes.
     *
     * @return the share, with the id from {@code --id} or the URL.
     * @throws IllegalStateException for any other command.
     */
    public Share share() {
        if (command != Command.SHARE_VIDEO && command != Command.SHARE_PRODUCT) {
            throw new IllegalStateException(command.word() + " shares nothing");
        }
        String url = args.get(1);
        String id = options.get(Command.Option.ID);
        String title = options.get(Command.Option.TITLE);
        return switch (command) {
            case SHARE_VIDEO -> Shares.video(id, url, title);
            case SHARE_PRODUCT -> Shares.product(id, url, title,
                    Shares.price(options.get(Command.Option.PRICE), options.get(Command.Option.CURRENCY)));
            default -> throw new AssertionError(command);
        };
    }

    /** How many messages {@code history} asks for: {@code --max}, or {@value #DEFAULT_HISTORY}. */
    public int historyMax() {
        String max = options.get(Command.Option.MAX);
        return max == null ? DEFAULT_HISTORY : Integer.parseInt(max);
    }

    /** The {@code --before} of {@code history}: the page ends before that message; null for the newest page. */
    public String historyBefore() {
        return options.get(Command.Option.BEFORE);
    }

    /** A whole-number option of {@code create-link} ({@code --expires-days}, {@code --uses}), or null when absent. */
    public Integer linkOption(String option) {
        String value = options.get(option);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The {@code --reason} of {@code moderate}, or null. */
    public String reason() {
        return options.get(Command.Option.REASON);
    }

    /** The {@code SECONDS} of {@code listen}, or 0 for "until stopped". */
    public int listenSeconds() {
        return command == Command.LISTEN && args.size() == 2 ? Integer.parseInt(args.get(1)) : 0;
    }

    private static void require(String value, String option) throws UsageException {
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required");
        }
    }

    private static int positiveInt(String value, String what) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException(what + " must be a positive whole number, not '" + value + "'");
    }

    /** Hides the password, which would otherwise end up in logs and test reports. */
    @Override
    public String toString() {
        return "CliArguments[host=" + host + ", port=" + port + ", domain=" + domain + ", user=" + user
                + ", password=***, service=" + service + ", insecure=" + insecure + ", debug=" + debug
                + ", command=" + command + ", args=" + args + ", options=" + options + "]";
    }
}
