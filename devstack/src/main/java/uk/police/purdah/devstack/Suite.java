package uk.police.purdah.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The five packaged services as separate processes, as production runs them, and the demo data. */
final class Suite implements AutoCloseable {

    record Service(String name, int defaultPort) {
    }

    static final List<Service> SERVICES = List.of(new Service("intake-service", 8081),
            new Service("equality-service", 8082), new Service("publication-service", 8083),
            new Service("audit-service", 8084), new Service("notification-service", 8085));

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> processes = new ArrayList<>();
    private final List<ProcessBuilder> builders = new ArrayList<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private Path logs;
    private final OidcProvider oidc;
    private final MailServer mail;
    private DemoData.Loaded demo;

    private Suite(OidcProvider oidc, MailServer mail) {
        this.oidc = oidc;
        this.mail = mail;
    }

    static Suite start(Options options, String jdbc, String bootstrap, OidcProvider oidc, MailServer mail,
            Path workDir) throws Exception {
        Suite suite = new Suite(oidc, mail);
        try {
            Path logs = Files.createDirectories(options.projectRoot().resolve("devstack/target/logs"));
            suite.logs = logs;
            for (Service service : SERVICES) {
                Path jar = ProjectLayout.serviceJar(options.projectRoot(), service.name());
                if (!Files.isRegularFile(jar)) {
                    throw new SuiteException(service.name() + " is not built (" + jar + " is missing): run "
                            + "./mvnw -DskipTests package first");
                }
                int port = Ports.claim(options.firstServicePort() == 0 ? 0 : service.defaultPort(), service.name());
                String java = ProcessHandle.current().info().command().orElse("java");
                ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar",
                        jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(logs.resolve(service.name() + ".log").toFile());
                builder.environment().put("PURDAH_JDBC", jdbc);
                builder.environment().put("PURDAH_BOOTSTRAP", bootstrap);
                builder.environment().put("PURDAH_OIDC", oidc.issuerUrl());
                builder.environment().put("PURDAH_SMTP_HOST", Ports.HOST);
                builder.environment().put("PURDAH_SMTP_PORT", String.valueOf(mail.smtpPort()));
                builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
                // AUD-3: the chain-head checkpoints belong to this run's database, so they live and go with it (a
                // file left in the working directory by an earlier run names entries of another ledger, and every
                // verification of the new one would fail)
                builder.environment().put("PURDAH_AUDIT_CHECKPOINTS", workDir.resolve("audit-checkpoints.log")
                        .toString());
                suite.processes.add(builder.start());
                // a relaunch (service start) appends to the same log
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.name() + ".log").toFile()));
                suite.builders.add(builder);
                suite.urls.put(service.name(), "http://" + Ports.HOST + ":" + port);
            }
            for (int i = 0; i < SERVICES.size(); i++) {
                suite.awaitReady(SERVICES.get(i).name(), suite.processes.get(i), logs);
            }
            if (options.demoData()) {
                suite.demo = DemoData.load(suite.urls.get("intake-service"), suite.token("spoc"));
            }
            System.out.println("SUITE READY " + String.join(" ", suite.urls.entrySet().stream()
                    .map(e -> e.getKey().replace("-service", "") + "=" + e.getValue()).toList()));
            return suite;
        } catch (Exception e) {
            suite.close();
            throw e;
        }
    }

    /**
     * Kills a service's process as a crash would (SIGKILL: no shutdown hook, no commit of what was in flight);
     * {@code name} is {@code equality} or {@code equality-service}. Fault tests: {@code service stop <name>}.
     */
    synchronized void kill(String name) throws InterruptedException {
        int i = indexOf(name);
        Process process = processes.get(i);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new SuiteException(SERVICES.get(i).name() + " did not die within 30 s");
        }
    }

    /**
     * Launches a killed service again, with the same environment and port, and waits until it is ready. Fault
     * tests: {@code service start <name>}.
     */
    synchronized void relaunch(String name) throws IOException, InterruptedException {
        int i = indexOf(name);
        if (processes.get(i).isAlive()) {
            throw new SuiteException(SERVICES.get(i).name() + " is running");
        }
        processes.set(i, builders.get(i).start());
        awaitReady(SERVICES.get(i).name(), processes.get(i), logs);
    }

    private static int indexOf(String name) {
        for (int i = 0; i < SERVICES.size(); i++) {
            String known = SERVICES.get(i).name();
            if (known.equals(name) || known.equals(name + "-service")) {
                return i;
            }
        }
        throw new SuiteException("no service named " + name + "; the services are "
                + SERVICES.stream().map(Service::name).toList());
    }

    /** A token of a demo user from the OIDC provider, by the password grant. */
    String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + DemoUsers.CLIENT_ID + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + DemoUsers.PASSWORD;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(oidc.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new SuiteException("no token for " + username + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private void awaitReady(String name, Process process, Path logs) throws InterruptedException {
        URI ready = URI.create(urls.get(name) + "/q/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new SuiteException(name + " exited with code " + process.exitValue() + "; see "
                        + logs.resolve(name + ".log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new SuiteException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + logs.resolve(name + ".log"));
    }

    void printWelcome() {
        StringBuilder out = new StringBuilder("\nPurdah is running. Ctrl-C stops all of it.\n\n");
        urls.forEach((name, url) -> out.append(String.format("  %-20s %s   (OpenAPI: %s/q/swagger-ui)%n", name, url,
                url)));
        out.append(String.format("  %-20s %s%n", "OIDC issuer", oidc.issuerUrl()));
        out.append(String.format("  %-20s smtp://%s (GreenMail; accepts mail for any address)%n", "SMTP server",
                mail.smtpAddress()));
        out.append("\nIn a browser (log in by demo username):\n");
        out.append(String.format("  %-20s %s/requests/new, %s/dealings/new, %s/register%n", "intranet forms",
                urls.get("intake-service"), urls.get("intake-service"), urls.get("intake-service")));
        out.append(String.format("  %-20s %s/%n", "public portal", urls.get("publication-service")));
        out.append(String.format("  %-20s %s/ (JSON: %s/mail), the notifications sent to the demo roles%n",
                "mail received", mail.pageUrl(), mail.pageUrl()));
        out.append("\nDemo logins (password '").append(DemoUsers.PASSWORD).append("', client '")
                .append(DemoUsers.CLIENT_ID).append("'):\n");
        DemoUsers.USERS.forEach(user -> out.append(String.format("  %-18s %s%n", user.username(), user.who())));
        if (demo != null) {
            out.append("\nDemo data: ").append(demo.summary()).append('\n');
            out.append("\nLog a request as a police officer, then find it in the audit ledger:\n\n");
            out.append("TOKEN=$(curl -s -d grant_type=password -d client_id=").append(DemoUsers.CLIENT_ID)
                    .append(" -d username=force-staff -d password=").append(DemoUsers.PASSWORD).append(' ')
                    .append(oidc.tokenUrl()).append(" | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')\n");
            out.append("curl -s -X POST ").append(urls.get("intake-service")).append("/api/requests")
                    .append(" -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'")
                    .append(" -H \"Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)\" -d '")
                    .append(demo.sampleRequestJson()).append("'\n");
            out.append("AUDITOR=$(curl -s -d grant_type=password -d client_id=").append(DemoUsers.CLIENT_ID)
                    .append(" -d username=auditor -d password=").append(DemoUsers.PASSWORD).append(' ')
                    .append(oidc.tokenUrl()).append(" | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')\n");
            out.append("curl -s ").append(urls.get("audit-service"))
                    .append("/api/ledger -H \"Authorization: Bearer $AUDITOR\"\n");
        }
        System.out.println(out);
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    static final class SuiteException extends RuntimeException {
        SuiteException(String message) {
            super(message);
        }
    }
}
