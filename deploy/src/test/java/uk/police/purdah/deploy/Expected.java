package uk.police.purdah.deploy;

import static uk.police.purdah.events.Topic.CANDIDATES;
import static uk.police.purdah.events.Topic.ELECTIONS;
import static uk.police.purdah.events.Topic.ENGAGEMENTS;
import static uk.police.purdah.events.Topic.FINDINGS;
import static uk.police.purdah.events.Topic.NOTIFICATIONS;
import static uk.police.purdah.events.Topic.PUBLICATIONS;
import static uk.police.purdah.events.Topic.REQUESTS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.purdah.deploy.ManifestChecks.KafkaAccess;
import uk.police.purdah.events.Topic;

/** What the manifests must say, taken from the code and DESIGN §3 rather than from the chart. */
final class Expected {

    private Expected() {
    }

    static List<String> topics() {
        return Topic.allTopicNames();
    }

    private static Set<String> names(Topic... topics) {
        return Arrays.stream(topics).map(Topic::topicName).collect(Collectors.toSet());
    }

    private static Set<String> plus(Set<String> topics, String topic) {
        var all = new java.util.HashSet<>(topics);
        all.add(topic);
        return all;
    }

    /** DESIGN §3 and docs/architecture.md "Events and topics": who writes and who reads which topic. */
    static Map<String, KafkaAccess> kafkaAccess() {
        var access = new LinkedHashMap<String, KafkaAccess>();
        access.put("intake-service", new KafkaAccess(names(ELECTIONS, CANDIDATES, REQUESTS, ENGAGEMENTS), Set.of(), null));
        access.put("equality-service", new KafkaAccess(plus(names(FINDINGS), Topic.deadLetterTopic("equality")),
                names(ELECTIONS, CANDIDATES, REQUESTS, ENGAGEMENTS), "equality-service"));
        access.put("publication-service", new KafkaAccess(plus(names(PUBLICATIONS), Topic.deadLetterTopic("publication")),
                names(ELECTIONS, CANDIDATES, REQUESTS, ENGAGEMENTS), "publication-service"));
        access.put("audit-service", new KafkaAccess(Set.of(Topic.deadLetterTopic("audit")),
                Set.copyOf(Topic.allTopicNames()), "audit-service"));
        access.put("notification-service", new KafkaAccess(plus(names(NOTIFICATIONS), Topic.deadLetterTopic("notification")),
                names(ELECTIONS, REQUESTS, FINDINGS), "notification-service"));
        return access;
    }
}
