package uk.police.purdah.equality.model;

import java.util.Locale;

import uk.police.purdah.events.Vocabulary.OfferKind;

/**
 * One column of the parity matrix (EQ-1, EQ-7): an offer kind, and for a meeting the office holder met
 * (CHIEF_CONSTABLE, CHIEF_EXECUTIVE, PCC or another named holder). Office holders are compared in a
 * normalised form: upper case, words joined by '_' ("Chief Constable" = "CHIEF_CONSTABLE"); other kinds
 * have none ("").
 */
public record ParityLine(OfferKind kind, String officeHolder) implements Comparable<ParityLine> {

    public static ParityLine of(OfferKind kind, String officeHolder) {
        return new ParityLine(kind, kind == OfferKind.MEETING ? normalise(officeHolder) : "");
    }

    public static String normalise(String officeHolder) {
        if (officeHolder == null) {
            return "";
        }
        return officeHolder.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    /** A stable key, e.g. {@code BRIEFING} or {@code MEETING:CHIEF_CONSTABLE}. */
    public String key() {
        return officeHolder.isEmpty() ? kind.name() : kind.name() + ":" + officeHolder;
    }

    /** How people read it, e.g. "Meeting with the Chief Constable". */
    public String label() {
        return switch (kind) {
            case BRIEFING -> "Briefing";
            case VISIT -> "Visit";
            case INFORMATION_PACK -> "Information pack";
            case MEETING -> officeHolder.isEmpty() ? "Meeting (office holder not named)"
                    : "Meeting with " + switch (officeHolder) {
                        case "CHIEF_CONSTABLE" -> "the Chief Constable";
                        case "CHIEF_EXECUTIVE" -> "the Chief Executive";
                        case "PCC" -> "the PCC";
                        case "DEPUTY_PCC" -> "the Deputy PCC";
                        default -> officeHolder.replace('_', ' ').toLowerCase(Locale.ROOT);
                    };
        };
    }

    @Override
    public int compareTo(ParityLine other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : officeHolder.compareTo(other.officeHolder);
    }
}
