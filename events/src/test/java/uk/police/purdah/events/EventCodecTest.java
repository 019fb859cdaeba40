package uk.police.purdah.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class EventCodecTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:30:00.123456Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeRoundTripsThroughJson(EventType type) throws Exception {
        PurdahEvent body = sample(type.body());
        EventEnvelope event = EventEnvelope.wrap(body, "intake-service", "officer-1", CLOCK);

        String json = EventCodec.encode(event);
        EventEnvelope decoded = EventCodec.decode(json);

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.topic()).isEqualTo(type.topic());
        JsonNode tree = EventCodec.mapper().readTree(json);
        assertThat(tree.get("specversion").asText()).isEqualTo("1.0");
        assertThat(tree.get("type").asText()).isEqualTo(type.type()).startsWith("uk.police.purdah.");
        assertThat(tree.get("source").asText()).isEqualTo("intake-service");
        assertThat(tree.get("subject").asText()).isEqualTo(body.aggregateId().toString());
        assertThat(tree.get("time").asText()).isEqualTo("2026-06-01T09:30:00.123456Z");
        assertThat(UUID.fromString(tree.get("id").asText())).isEqualTo(event.id());
        assertThat(event.key()).isEqualTo(body.electionId().toString());
    }

    @Test
    void everyEventGetsItsOwnId() {
        PurdahEvent body = sample(RequestReceived.class);
        assertThat(EventEnvelope.wrap(body, "s", null, CLOCK).id())
                .isNotEqualTo(EventEnvelope.wrap(body, "s", null, CLOCK).id());
    }

    @Test
    void everyTopicAndDeadLetterTopicIsNamed() {
        assertThat(Topic.allTopicNames()).contains("purdah.requests", "purdah.engagements", "purdah.dlq.audit",
                "purdah.dlq.equality", "purdah.dlq.publication", "purdah.notifications", "purdah.dlq.notification")
                .hasSize(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "{\"specversion\":\"0.3\"}",
            "{\"specversion\":\"1.0\",\"type\":\"uk.police.purdah.nope\",\"id\":\"x\"}",
            "{\"specversion\":\"1.0\",\"type\":\"uk.police.purdah.request.received\",\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                    + "\"source\":\"s\",\"subject\":\"x\",\"time\":\"2026-06-01T09:30:00Z\",\"data\":{\"kind\":\"NOT_A_KIND\"}}",
            "{\"specversion\":\"1.0\",\"type\":\"uk.police.purdah.request.received\",\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                    + "\"source\":\"s\",\"subject\":\"x\",\"time\":\"2026-06-01T09:30:00Z\",\"data\":{}}",
            "{\"specversion\":\"1.0\",\"type\":\"uk.police.purdah.request.received\",\"id\":\"not-a-uuid\","
                    + "\"source\":\"s\",\"subject\":\"x\",\"time\":\"2026-06-01T09:30:00Z\",\"data\":{}}"})
    void poisonMessagesAreRejectedWithAReason(String message) {
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageMatching("(?s).*(JSON|specversion|unknown event type|data|UUID|attribute).*");
    }

    /** Builds an instance of any event body with a distinct value in every field. */
    static PurdahEvent sample(Class<? extends PurdahEvent> body) {
        try {
            RecordComponent[] components = body.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> value(c.getGenericType())).toArray();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return body.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(Type type) {
        if (type instanceof ParameterizedType list) {
            return List.of(value(list.getActualTypeArguments()[0]), value(list.getActualTypeArguments()[0]));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == UUID.class) {
            return UUID.randomUUID();
        } else if (raw == String.class) {
            return "text " + UUID.randomUUID();
        } else if (raw == boolean.class) {
            return true;
        } else if (raw == int.class) {
            return 7;
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 7, 16);
        } else if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 6, 1, 16, 0, 0, 0, ZoneOffset.ofHours(1));
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            try {
                return raw.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new))
                        .newInstance(Arrays.stream(components).map(c -> value(c.getGenericType())).toArray());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no sample for " + type);
    }
}
