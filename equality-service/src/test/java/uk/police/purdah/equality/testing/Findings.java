package uk.police.purdah.equality.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.testsupport.EventStream;

/** Reading what the service published on purdah.findings. */
public final class Findings {

    public static final String TOPIC = "purdah.findings";

    private Findings() {
    }

    /** The first event of this type (e.g. "finding.breached") about this finding. */
    public static EventEnvelope await(String type, UUID electionId, UUID findingId) {
        ConsumerRecord<String, String> record = EventStream.shared().awaitRecord(TOPIC, r -> {
            if (!electionId.toString().equals(r.key())) {
                return false;
            }
            EventEnvelope event = EventCodec.decode(r.value());
            return event.type().equals("uk.police.purdah." + type) && event.subject().equals(findingId.toString());
        });
        return EventCodec.decode(record.value());
    }

    public static Instant instant(Object isoText) {
        return OffsetDateTime.parse(String.valueOf(isoText)).toInstant();
    }
}
