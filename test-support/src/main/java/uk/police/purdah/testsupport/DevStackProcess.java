package uk.police.purdah.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The devstack as seen from a test JVM: either a running one named by the environment
 * ({@code PURDAH_JDBC}, {@code PURDAH_BOOTSTRAP}, {@code PURDAH_OIDC}), or one launched here,
 * once, as a child process ({@code java -jar devstack.jar --free-ports}) that stops when this
 * JVM ends, because its standard input closes.
 */
public final class DevStackProcess {

    private static Endpoints endpoints;

    /** Where the real servers are. */
    public record Endpoints(String jdbc, String bootstrap, String oidc, String tokenUrl) {
    }

    private DevStackProcess() {
    }

    /** Makes tests of this JVM use a devstack that was launched some other way (e.g. with the suite). */
    public static synchronized void use(Endpoints running) {
        endpoints = running;
    }

    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = fromEnvironment().orElseGet(DevStackProcess::launch);
        }
        return endpoints;
    }

    private static java.util.Optional<Endpoints> fromEnvironment() {
        String jdbc = System.getenv("PURDAH_JDBC");
        String bootstrap = System.getenv("PURDAH_BOOTSTRAP");
        String oidc = System.getenv("PURDAH_OIDC");
        if (jdbc == null || bootstrap == null || oidc == null) {
            return java.util.Optional.empty();
        }
        String token = System.getenv().getOrDefault("PURDAH_OIDC_TOKEN", oidc + "/token");
        return java.util.Optional.of(new Endpoints(jdbc, bootstrap, oidc, token));
    }

    /** Launches devstack with the given extra arguments and waits for the line that starts with {@code readyPrefix}. */
    public static Launched launch(List<String> extraArgs, String readyPrefix, long timeoutSeconds) {
        return launch(extraArgs, Map.of(), readyPrefix, timeoutSeconds);
    }

    /**
     * Launches devstack with extra arguments and extra environment variables (which the services of
     * {@code --suite} inherit, e.g. {@code PURDAH_RELEASE_CRON}), and waits for the line that starts with
     * {@code readyPrefix}.
     */
    public static Launched launch(List<String> extraArgs, Map<String, String> environment, String readyPrefix,
            long timeoutSeconds) {
        Path jar = Path.of(System.getProperty("purdah.devstack.jar", "../devstack/target/devstack.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("devstack is not built: " + jar.toAbsolutePath()
                    + " is missing (run ./mvnw install -pl devstack -am)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--free-ports"));
        command.addAll(extraArgs);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            Process process = builder.start();
            Launched launched = new Launched(process);
            Runtime.getRuntime().addShutdownHook(new Thread(launched::stop, "devstack-stop"));
            launched.awaitLine(readyPrefix, timeoutSeconds);
            return launched;
        } catch (IOException e) {
            throw new IllegalStateException("could not launch devstack: " + e.getMessage(), e);
        }
    }

    private static Endpoints launch() {
        return launch(List.of(), "DEVSTACK READY", 90).endpoints();
    }

    /** A running devstack process and the {@code key=value} lines it printed, by their prefix. */
    public static final class Launched {
        private final Process process;
        private final OutputStream stdin;
        private final BufferedReader stdout;
        private final Map<String, Map<String, String>> lines = new HashMap<>();
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

        Launched(Process process) {
            this.process = process;
            this.stdin = process.getOutputStream();
            this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        public Map<String, Map<String, String>> lines() {
            return lines;
        }

        /** The servers named on the {@code DEVSTACK READY} line. */
        public Endpoints endpoints() {
            Map<String, String> ready = lines.get("DEVSTACK READY");
            return new Endpoints(ready.get("jdbc"), ready.get("bootstrap"), ready.get("oidc"), ready.get("token"));
        }

        void awaitLine(String prefix, long timeoutSeconds) {
            CompletableFuture<Void> found = CompletableFuture.runAsync(() -> {
                try {
                    String line;
                    while ((line = stdout.readLine()) != null) {
                        for (String known : List.of("DEVSTACK READY", "SUITE READY")) {
                            if (line.startsWith(known)) {
                                lines.put(known, parse(line.substring(known.length())));
                            }
                        }
                        if (line.startsWith(prefix)) {
                            drainInBackground();
                            return;
                        }
                    }
                    throw new IllegalStateException("devstack exited before it was ready (exit code "
                            + process.waitFor() + ")");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                found.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                stop();
                throw new IllegalStateException("devstack printed no '" + prefix + "' within " + timeoutSeconds + " s");
            } catch (Exception e) {
                stop();
                throw new IllegalStateException("devstack did not start: " + e.getMessage(), e);
            }
        }

        /** Keeps the pipe flowing, and hands over the answers to {@link #control} commands. */
        private void drainInBackground() {
            Thread drain = new Thread(() -> {
                try {
                    for (String line; (line = stdout.readLine()) != null;) {
                        if (line.startsWith("DEVSTACK DONE ") || line.startsWith("DEVSTACK FAILED ")) {
                            answers.add(line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "devstack-stdout");
            drain.setDaemon(true);
            drain.start();
        }

        /**
         * Sends a command to devstack ({@code kafka stop}, {@code kafka start}) and waits until it has been carried
         * out.
         */
        public synchronized void control(String command, long timeoutSeconds) {
            try {
                answers.clear();
                stdin.write((command + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                String answer = answers.poll(timeoutSeconds, TimeUnit.SECONDS);
                if (answer == null) {
                    throw new IllegalStateException("devstack did not answer '" + command + "' within "
                            + timeoutSeconds + " s");
                }
                if (!answer.equals("DEVSTACK DONE " + command)) {
                    throw new IllegalStateException(answer);
                }
            } catch (IOException e) {
                throw new IllegalStateException("devstack is gone: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for devstack", e);
            }
        }

        private static Map<String, String> parse(String line) {
            Map<String, String> values = new HashMap<>();
            for (String pair : line.trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return values;
        }

        /** Closes devstack's standard input, its signal to stop everything, and waits for it. */
        public void stop() {
            try {
                stdin.close();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroy();
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            } catch (IOException | InterruptedException e) {
                process.destroy();
            }
        }
    }
}
