package uk.police.purdah.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of DESIGN §3: its CloudEvents {@code type}, its topic and its body. */
public enum EventType {
    ELECTION_SCHEDULED("election.scheduled", Topic.ELECTIONS, ElectionScheduled.class),
    ELECTION_UPDATED("election.updated", Topic.ELECTIONS, ElectionUpdated.class),
    CALENDAR_DAY_ADDED("calendar.day-added", Topic.ELECTIONS, CalendarDayAdded.class),
    CANDIDATE_REGISTERED("candidate.registered", Topic.CANDIDATES, CandidateRegistered.class),
    CANDIDATE_DECLARED("candidate.declared", Topic.CANDIDATES, CandidateDeclared.class),
    CANDIDATE_WITHDRAWN("candidate.withdrawn", Topic.CANDIDATES, CandidateWithdrawn.class),
    CANDIDATE_UPDATED("candidate.updated", Topic.CANDIDATES, CandidateUpdated.class),
    REQUEST_RECEIVED("request.received", Topic.REQUESTS, RequestReceived.class),
    REQUEST_ROUTED("request.routed", Topic.REQUESTS, RequestRouted.class),
    REQUEST_DECIDED("request.decided", Topic.REQUESTS, RequestDecided.class),
    RESPONSE_APPROVED("request.response-approved", Topic.REQUESTS, ResponseApproved.class),
    OFFER_EXTENDED("offer.extended", Topic.ENGAGEMENTS, OfferExtended.class),
    OFFER_ACCEPTED("offer.accepted", Topic.ENGAGEMENTS, OfferAccepted.class),
    OFFER_DECLINED("offer.declined", Topic.ENGAGEMENTS, OfferDeclined.class),
    ENGAGEMENT_HELD("engagement.held", Topic.ENGAGEMENTS, EngagementHeld.class),
    DEALING_RECORDED("dealing.recorded", Topic.ENGAGEMENTS, DealingRecorded.class),
    FINDING_OPENED("finding.opened", Topic.FINDINGS, FindingOpened.class),
    FINDING_BREACHED("finding.breached", Topic.FINDINGS, FindingBreached.class),
    FINDING_RESOLVED("finding.resolved", Topic.FINDINGS, FindingResolved.class),
    PUBLICATION_QUEUED("publication.queued", Topic.PUBLICATIONS, PublicationQueued.class),
    PUBLICATION_APPROVED("publication.approved", Topic.PUBLICATIONS, PublicationApproved.class),
    PUBLICATION_RETURNED("publication.returned", Topic.PUBLICATIONS, PublicationReturned.class),
    PUBLICATION_PUBLISHED("publication.published", Topic.PUBLICATIONS, PublicationPublished.class),
    PUBLICATION_WITHDRAWN("publication.withdrawn", Topic.PUBLICATIONS, PublicationWithdrawn.class),
    NOTIFICATION_SENT("notification.sent", Topic.NOTIFICATIONS, NotificationSent.class);

    public static final String PREFIX = "uk.police.purdah.";

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_BODY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::body, Function.identity()));

    private final String type;
    private final Topic topic;
    private final Class<? extends PurdahEvent> body;

    EventType(String suffix, Topic topic, Class<? extends PurdahEvent> body) {
        this.type = PREFIX + suffix;
        this.topic = topic;
        this.body = body;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code uk.police.purdah.request.received}. */
    public String type() {
        return type;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends PurdahEvent> body() {
        return body;
    }

    public static Optional<EventType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(PurdahEvent event) {
        return BY_BODY.get(event.getClass());
    }
}
