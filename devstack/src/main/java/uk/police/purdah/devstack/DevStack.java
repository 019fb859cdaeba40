package uk.police.purdah.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The development and test stack: real PostgreSQL, Kafka, OIDC and SMTP on loopback, in this JVM,
 * and with {@code --suite} the five packaged services as child processes. Prints
 * {@code DEVSTACK READY jdbc=... bootstrap=... oidc=...} when usable; stops everything and
 * removes its temporary directory on Ctrl-C, SIGTERM or when standard input closes. Lines on standard input can
 * stop and restart the broker ({@link #obeyStandardInput()}).
 */
public final class DevStack implements AutoCloseable {

    private final Options options;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private Path workDir;
    private Postgres postgres;
    private KafkaBroker kafka;
    private OidcProvider oidc;
    private Suite suite;
    private MailServer mail;

    DevStack(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        System.setProperty("log4j2.level", "warn");
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage().isEmpty() ? Options.USAGE : "devstack: " + e.getMessage() + "\n"
                    + Options.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 64);
            return;
        }
        DevStack stack = new DevStack(options);
        Thread stopper = new Thread(stack::close, "devstack-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            long started = System.nanoTime();
            stack.start();
            System.out.printf("DEVSTACK READY jdbc=%s bootstrap=%s oidc=%s token=%s smtp=%s mail=%s work=%s"
                    + " seconds=%.1f%n", stack.postgres.jdbcUrl(), stack.kafka.bootstrapServers(),
                    stack.oidc.issuerUrl(), stack.oidc.tokenUrl(), stack.mail.smtpAddress(), stack.mail.pageUrl(),
                    stack.workDir, (System.nanoTime() - started) / 1e9);
            if (options.suite()) {
                Suite suite = Suite.start(options, stack.postgres.jdbcUrl(), stack.kafka.bootstrapServers(),
                        stack.oidc, stack.mail, stack.workDir);
                stack.running.push(suite);
                stack.suite = suite;
                suite.printWelcome();
            }
            System.out.flush();
            if (options.watchStdin()) {
                stack.obeyStandardInput();
                System.exit(0);
            } else {
                Thread.currentThread().join();
            }
        } catch (Ports.PortTakenException | Suite.SuiteException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("devstack: could not start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    void start() throws Exception {
        int postgresPort = Ports.claim(options.postgresPort(), "PostgreSQL");
        int kafkaPort = Ports.claim(options.kafkaPort(), "Kafka");
        int controllerPort = Ports.claim(0, "Kafka controller");
        int oidcPort = Ports.claim(options.oidcPort(), "OIDC provider");
        int smtpPort = Ports.claim(options.smtpPort(), "SMTP server");
        int mailPagePort = Ports.claim(options.mailPagePort(), "mail page");
        workDir = Files.createTempDirectory("purdah-devstack-");
        Files.createDirectories(workDir.resolve("kafka/logs"));

        var pg = CompletableFuture.supplyAsync(() -> timed("PostgreSQL", () -> Postgres.start(postgresPort,
                workDir.resolve("postgres"))));
        var broker = CompletableFuture.supplyAsync(() -> timed("Kafka", () -> KafkaBroker.start(kafkaPort, controllerPort,
                workDir.resolve("kafka/logs"))));
        var provider = CompletableFuture.supplyAsync(() -> timed("OIDC", () -> options.keycloak()
                ? KeycloakProvider.start(oidcPort, options.projectRoot(), workDir.resolve("keycloak"))
                : MockOidcProvider.start(oidcPort)));
        var smtp = CompletableFuture.supplyAsync(() -> timed("SMTP", () -> MailServer.start(smtpPort,
                mailPagePort)));
        try {
            postgres = pg.join();
            running.push(postgres);
            kafka = broker.join();
            running.push(kafka);
            oidc = provider.join();
            running.push(oidc);
            mail = smtp.join();
            running.push(mail);
        } catch (CompletionException e) {
            // whatever did start is stopped by close(), from the shutdown hook
            for (CompletableFuture<? extends AutoCloseable> step : java.util.List.of(pg, broker, provider, smtp)) {
                AutoCloseable started = step.exceptionally(failure -> null).join();
                if (started != null && !running.contains(started)) {
                    running.push(started);
                }
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("devstack: while stopping " + component.getClass().getSimpleName() + ": " + e);
            }
        }
        if (workDir != null) {
            deleteRecursively(workDir);
            workDir = null;
        }
    }

    /**
     * Reads commands from standard input until it closes, the signal to stop. Fault tests, the services must ride
     * them out:
     * <ul>
     * <li>{@code kafka stop}, {@code kafka start}: stop and restart the broker (same port, same log directory);</li>
     * <li>{@code smtp stop}, {@code smtp start}: stop and restart the SMTP server (the mail received kept);</li>
     * <li>{@code postgres stop}, {@code postgres start}: stop and restart PostgreSQL (same port, same data);</li>
     * <li>with {@code --suite}, {@code service stop <name>}: kill -9 a service's process;
     * {@code service start <name>}: launch it again with the same environment and port, and wait until it is
     * ready ({@code <name>} is e.g. {@code equality} or {@code equality-service}).</li>
     * </ul>
     * Each command is answered on standard output with {@code DEVSTACK DONE <command>} or
     * {@code DEVSTACK FAILED <command>: why}. Anything else typed is ignored.
     */
    void obeyStandardInput() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String command = line.strip().replaceAll("\\s+", " ");
            Action action = action(command);
            if (action == null) {
                continue;
            }
            try {
                action.run();
                System.out.println("DEVSTACK DONE " + command);
            } catch (Exception e) {
                System.out.println("DEVSTACK FAILED " + command + ": " + e);
            }
            System.out.flush();
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private Action action(String command) {
        switch (command) {
            case "kafka stop":
                return kafka::halt;
            case "kafka start":
                return kafka::resume;
            case "postgres stop":
                return postgres::halt;
            case "postgres start":
                return postgres::resume;
            case "smtp stop":
                return mail::halt;
            case "smtp start":
                return mail::resume;
            default:
                break;
        }
        if (command.startsWith("service stop ") || command.startsWith("service start ")) {
            String[] words = command.split(" ");
            return () -> {
                if (suite == null || words.length != 3) {
                    throw new IllegalStateException(suite == null ? "no suite: devstack was started without --suite"
                            : "usage: service stop|start <name>");
                }
                if (words[1].equals("stop")) {
                    suite.kill(words[2]);
                } else {
                    suite.relaunch(words[2]);
                }
            };
        }
        return null;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("devstack: could not remove " + dir + ": " + e.getMessage());
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /** Runs one start-up step, saying on standard error how long it took. */
    private static <T> T timed(String what, Step<T> step) {
        long started = System.nanoTime();
        try {
            T result = step.run();
            System.err.printf("devstack: %s ready in %.1f s%n", what, (System.nanoTime() - started) / 1e9);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
