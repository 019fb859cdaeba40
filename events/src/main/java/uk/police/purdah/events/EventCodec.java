package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON (de)serialisation of {@link EventEnvelope}s. Decoding checks the CloudEvents required
 * attributes and picks the body's record from the {@code type}; anything else is a
 * {@link MalformedEventException} naming what is wrong.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventCodec() {
    }

    public static String encode(EventEnvelope event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static EventEnvelope decode(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String specversion = text(root, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("unsupported specversion: " + specversion);
        }
        String type = text(root, "type");
        EventType eventType = EventType.ofType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type: " + type));
        UUID id = uuid(root, "id");
        String source = text(root, "source");
        String subject = text(root, "subject");
        OffsetDateTime time = time(root);
        PurdahEvent data;
        try {
            data = MAPPER.treeToValue(required(root, "data"), eventType.body());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data does not match " + type + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data does not match " + type + ": " + e.getMessage(), e);
        }
        if (data.electionId() == null || data.aggregateId() == null) {
            throw new MalformedEventException("data of " + type + " lacks its election or aggregate id");
        }
        JsonNode actor = root.get("actor");
        return new EventEnvelope(specversion, id, type, source, subject, time, textOr(root, "datacontenttype", EventEnvelope.CONTENT_TYPE), data.electionId(),
                actor == null || actor.isNull() ? null : actor.asText(), data);
    }

    /** The body alone as JSON, e.g. for a ledger entry or a projection. */
    public static JsonNode tree(EventEnvelope event) {
        return MAPPER.valueToTree(event);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("missing CloudEvents attribute: " + field);
        }
        return node;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = required(root, field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new MalformedEventException("attribute " + field + " must be a non-empty string");
        }
        return node.asText();
    }

    private static String textOr(JsonNode root, String field, String fallback) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? fallback : node.asText();
    }

    private static UUID uuid(JsonNode root, String field) {
        try {
            return UUID.fromString(text(root, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("attribute " + field + " must be a UUID", e);
        }
    }

    private static OffsetDateTime time(JsonNode root) {
        try {
            return OffsetDateTime.parse(text(root, "time"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("attribute time must be an RFC 3339 timestamp", e);
        }
    }
}
