package uk.police.purdah.events;

import java.util.UUID;

/**
 * The body ({@code data}) of an event. Every event belongs to one election, which is the
 * Kafka key, and concerns one aggregate, which is the CloudEvents {@code subject}.
 */
public sealed interface PurdahEvent permits
        ElectionScheduled, ElectionUpdated, CalendarDayAdded,
        CandidateRegistered, CandidateDeclared, CandidateWithdrawn, CandidateUpdated,
        RequestReceived, RequestRouted, RequestDecided, ResponseApproved,
        OfferExtended, OfferAccepted, OfferDeclined, EngagementHeld, DealingRecorded,
        FindingOpened, FindingBreached, FindingResolved,
        PublicationQueued, PublicationApproved, PublicationReturned, PublicationPublished, PublicationWithdrawn,
        NotificationSent {

    UUID electionId();

    /** The aggregate this event is about (CloudEvents {@code subject}). */
    UUID aggregateId();

    /** The candidate concerned, if any (AUD-1 keeps it beside the event). */
    default UUID candidateId() {
        return null;
    }

    /** CAL-3: whether what the event records happened inside the purdah window. */
    default boolean insidePurdah() {
        return false;
    }
}
