package uk.police.purdah.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on loopback that accepts mail for any address, and a small web page of what it
 * received: {@code GET /} (HTML, for the demo users) and {@code GET /mail} (JSON, one entry per mailbox a message
 * reached, for tests). {@link #halt()} and {@link #resume()} stop and restart SMTP on the same port, as an outage
 * of the mail relay looks to its clients; what was received before is kept.
 */
final class MailServer implements AutoCloseable {

    /** One message as one mailbox received it. */
    record Delivery(String mailbox, String from, List<String> to, String subject, Map<String, String> headers,
            String text, String html, String receivedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int smtpPort;
    private final List<Delivery> archived = new ArrayList<>();
    private final HttpServer page;
    private GreenMail greenMail;

    private MailServer(int smtpPort, HttpServer page) {
        this.smtpPort = smtpPort;
        this.page = page;
    }

    static MailServer start(int smtpPort, int pagePort) throws IOException {
        HttpServer page = HttpServer.create(new InetSocketAddress(Ports.HOST, pagePort), 0);
        MailServer server = new MailServer(smtpPort, page);
        page.createContext("/mail", exchange -> server.answer(exchange, "application/json",
                JSON.writeValueAsString(server.deliveries())));
        page.createContext("/", exchange -> server.answer(exchange, "text/html; charset=utf-8", server.html()));
        page.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "devstack-mail-page");
            thread.setDaemon(true);
            return thread;
        }));
        page.start();
        server.resume();
        return server;
    }

    /** Starts SMTP (again) on its port. */
    synchronized void resume() {
        if (greenMail == null) {
            GreenMail fresh = new GreenMail(new ServerSetup(smtpPort, Ports.HOST, ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            fresh.start();
            greenMail = fresh;
        }
    }

    /** Stops SMTP: its port refuses connections until {@link #resume()}; the mail received so far is kept. */
    synchronized void halt() {
        if (greenMail != null) {
            archived.addAll(current());
            greenMail.stop();
            greenMail = null;
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    String smtpAddress() {
        return Ports.HOST + ":" + smtpPort;
    }

    String pageUrl() {
        return "http://" + Ports.HOST + ":" + page.getAddress().getPort();
    }

    synchronized List<Delivery> deliveries() {
        List<Delivery> all = new ArrayList<>(archived);
        all.addAll(current());
        all.sort(Comparator.comparing(Delivery::receivedAt));
        return all;
    }

    private List<Delivery> current() {
        List<Delivery> found = new ArrayList<>();
        if (greenMail == null) {
            return found;
        }
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            greenMail.findReceivedMessages(u -> u.getEmail().equals(user.getEmail()), m -> true)
                    .forEach(message -> found.add(delivery(user.getEmail(), message)));
        }
        return found;
    }

    private static Delivery delivery(String mailbox, MimeMessage message) {
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements();) {
                Header header = all.nextElement();
                if (header.getName().startsWith("X-Purdah-") || header.getName().equals("Message-ID")) {
                    headers.put(header.getName(), header.getValue());
                }
            }
            String[] parts = new String[2];
            collect(message, parts);
            List<String> to = new ArrayList<>();
            if (message.getAllRecipients() != null) {
                for (var address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
            }
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new Delivery(mailbox, message.getFrom() == null ? null : message.getFrom()[0].toString(), to,
                    message.getSubject(), headers, parts[0], parts[1], received.toString());
        } catch (Exception e) {
            return new Delivery(mailbox, null, List.of(), "(unreadable: " + e + ")", Map.of(), null, null,
                    Instant.EPOCH.toString());
        }
    }

    /** Finds the plain-text and HTML bodies of a message, at any depth of multipart. */
    private static void collect(Part part, String[] parts) throws Exception {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }

    private String html() {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Purdah devstack mail</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{border-bottom:1px solid #ccc;padding:.4em;\
                text-align:left;vertical-align:top}pre{white-space:pre-wrap;margin:0}</style></head><body>
                <h1>Mail received by the devstack SMTP server</h1>
                """);
        out.append("<p>SMTP ").append(escape(smtpAddress())).append(greenMail == null ? " (stopped)" : "")
                .append(". Newest first; JSON at <a href=\"/mail\">/mail</a>.</p>\n");
        out.append("<table><tr><th>received</th><th>mailbox</th><th>subject</th><th>text</th></tr>\n");
        List<Delivery> all = deliveries();
        for (int i = all.size() - 1; i >= 0; i--) {
            Delivery d = all.get(i);
            out.append("<tr><td>").append(d.receivedAt()).append("</td><td>").append(escape(d.mailbox()))
                    .append("</td><td>").append(escape(d.subject())).append("</td><td><pre>")
                    .append(escape(d.text())).append("</pre></td></tr>\n");
        }
        return out.append("</table></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized void close() {
        halt();
        page.stop(0);
    }
}
