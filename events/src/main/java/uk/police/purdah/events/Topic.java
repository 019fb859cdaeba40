package uk.police.purdah.events;

import java.util.Arrays;
import java.util.List;

/** The Kafka topics of DESIGN §3: one per aggregate, keyed by election id. */
public enum Topic {
    ELECTIONS("purdah.elections"),
    CANDIDATES("purdah.candidates"),
    REQUESTS("purdah.requests"),
    ENGAGEMENTS("purdah.engagements"),
    FINDINGS("purdah.findings"),
    PUBLICATIONS("purdah.publications"),
    NOTIFICATIONS("purdah.notifications");

    /** Services that own a dead-letter topic, {@code purdah.dlq.<service>}. */
    public static final List<String> CONSUMING_SERVICES = List.of("equality", "publication", "audit", "notification");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }

    public static String deadLetterTopic(String service) {
        return "purdah.dlq." + service;
    }

    /** Every topic the suite uses, dead-letter topics included. */
    public static List<String> allTopicNames() {
        var names = new java.util.ArrayList<>(Arrays.stream(values()).map(Topic::topicName).toList());
        CONSUMING_SERVICES.forEach(service -> names.add(deadLetterTopic(service)));
        return List.copyOf(names);
    }
}
