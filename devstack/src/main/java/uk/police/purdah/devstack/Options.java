package uk.police.purdah.devstack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Command-line options. Port 0 means "any free port". */
record Options(int postgresPort, int kafkaPort, int oidcPort, int smtpPort, int mailPagePort, boolean keycloak, boolean suite, boolean demoData,
        int firstServicePort, boolean watchStdin, Path projectRoot) {

    static final String USAGE = """
            usage: java -jar devstack/target/devstack.jar [options]
              --postgres-port N    PostgreSQL port (default 15432; 0 = any free port)
              --kafka-port N       Kafka broker port (default 19092; 0 = any free port)
              --oidc-port N        OIDC provider port (default 18080; 0 = any free port)
              --smtp-port N        SMTP server port (GreenMail; default 13025; 0 = any free port)
              --mail-port N        web page of the mail received (default 18025; 0 = any free port)
              --free-ports         every port, the services' included, chosen free
              --keycloak           Keycloak (the realm of deploy/) instead of mock-oauth2-server
              --suite              also start the five packaged services (intake 8081, equality 8082,
                                   publication 8083, audit 8084, notification 8085) and load the demo data
              --no-demo-data       with --suite: start empty
              --ignore-stdin       keep running when standard input closes (stop with Ctrl-C or SIGTERM)
              --project-root DIR   where the services' builds are (default: found from this jar)
            standard input: closing it stops everything; each of these lines is answered by
            "DEVSTACK DONE <line>" (or "DEVSTACK FAILED <line>: why") once carried out:
              kafka stop | kafka start        stop and restart the broker (its topics and records kept)
              smtp stop | smtp start          stop and restart the SMTP server (the mail received kept)
              postgres stop | postgres start  stop and restart PostgreSQL (same port, databases kept)
              service stop <name>             with --suite: kill -9 a service (e.g. equality)
              service start <name>            launch it again, same environment and port; waits until ready
            """;

    static Options parse(String[] args) {
        Deque<String> queue = new ArrayDeque<>(Arrays.asList(args));
        int postgres = 15432;
        int kafka = 19092;
        int oidc = 18080;
        int smtp = 13025;
        int mailPage = 18025;
        int firstService = 8081;
        boolean keycloak = false;
        boolean suite = false;
        boolean demo = true;
        boolean watchStdin = true;
        Path root = null;
        while (!queue.isEmpty()) {
            String arg = queue.pop();
            switch (arg) {
                case "--postgres-port" -> postgres = port(arg, queue);
                case "--kafka-port" -> kafka = port(arg, queue);
                case "--oidc-port" -> oidc = port(arg, queue);
                case "--smtp-port" -> smtp = port(arg, queue);
                case "--mail-port" -> mailPage = port(arg, queue);
                case "--free-ports" -> {
                    postgres = 0;
                    kafka = 0;
                    oidc = 0;
                    smtp = 0;
                    mailPage = 0;
                    firstService = 0;
                }
                case "--keycloak" -> keycloak = true;
                case "--suite" -> suite = true;
                case "--no-demo-data" -> demo = false;
                case "--ignore-stdin" -> watchStdin = false;
                case "--project-root" -> root = Path.of(value(arg, queue));
                case "--help", "-h" -> throw new UsageException("");
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return new Options(postgres, kafka, oidc, smtp, mailPage, keycloak, suite, demo, firstService, watchStdin,
                root == null ? ProjectLayout.rootFromJar() : root);
    }

    private static int port(String option, Deque<String> queue) {
        String value = value(option, queue);
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a port number between 0 and 65535, not '" + value + "'");
        }
    }

    private static String value(String option, Deque<String> queue) {
        if (queue.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return queue.pop();
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
