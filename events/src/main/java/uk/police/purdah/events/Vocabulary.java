package uk.police.purdah.events;

/** Closed vocabularies shared by the events and the services (DESIGN §4). */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** INT-2: what a candidate asks for. */
    public enum RequestKind {
        INFORMATION, FOI, VISIT, MEETING, BRIEFING, PHOTOGRAPH_OR_FILMING, POLICE_IMAGERY, REGULAR_MEETINGS, OTHER
    }

    /** INT-1: where a request reached the force or the OPCC. */
    public enum Channel {
        FORCE_INTRANET, OPCC, EMAIL, PHONE, LETTER, IN_PERSON
    }

    /** EQ-1: what is offered and must be offered to all. */
    public enum OfferKind {
        BRIEFING, VISIT, MEETING, INFORMATION_PACK
    }

    /** The SPOC's decision on a request. */
    public enum Decision {
        GRANTED, REFUSED, REDIRECTED
    }

    /** CAND-2: the incumbent office holders who may stand. */
    public enum IncumbentRole {
        NONE, PCC, DEPUTY_PCC
    }
}
