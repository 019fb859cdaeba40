package uk.police.purdah.notification.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** Events as intake publishes them, for the notification tests. */
public final class Events {

    /** What a candidate's request text says: personal details that must never reach a notification. */
    public static final String PRIVATE_TEXT = "Please reply to jo.bloggs@example.org or 01632 960123, 1 High Street";

    private Events() {
    }

    public static ElectionScheduled election(UUID electionId, String area) {
        return new ElectionScheduled(electionId, area, "ENGLAND", LocalDate.of(2026, 7, 16), LocalDate.of(2026, 6, 4),
                null, null, 2);
    }

    public static RequestReceived received(UUID electionId, RequestKind kind, Channel channel, String subject,
            OffsetDateTime at, LocalDate foiDue) {
        return new RequestReceived(electionId, UUID.randomUUID(), UUID.randomUUID(), kind, channel, "force-staff", at,
                subject, PRIVATE_TEXT, foiDue, true);
    }

    /** As intake routes it (RequestRules.routing): to the SPOC, told to these roles. */
    public static RequestRouted routed(RequestReceived request, String... notified) {
        return new RequestRouted(request.electionId(), request.requestId(), request.candidateId(), "SPOC",
                List.of(notified));
    }
}
