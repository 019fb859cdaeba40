package uk.police.purdah.intake.service;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.mapping.ConsentForm;
import uk.police.purdah.intake.mapping.DecisionForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.RequestView.Routing;
import uk.police.purdah.intake.mapping.RuleWarning;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.InvalidFieldException;

/**
 * The request rules of DESIGN §4 that depend on a request's kind: routing and who is told (INT-1, INT-4, INT-7),
 * visits (INT-4), meetings with the Chief Constable or Chief Executive (INT-5), photographs and filming (INT-6)
 * and reports of police imagery (INT-7). What they say is computed from the request as it stands, so a warning
 * goes away when what it asks for is recorded.
 */
@ApplicationScoped
public class RequestRules {

    public static final String SPOC = "SPOC";
    public static final String CHIEF_CONSTABLE_OFFICE = "CHIEF_CONSTABLE_OFFICE";
    public static final String CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE";

    /** INT-5: what an individual meeting with the Chief Constable or Chief Executive needs (001 §8.3). */
    public static final String FORMAL_DECLARATION = "formalDeclaration";
    public static final String QUESTIONS_IN_ADVANCE = "questionsInAdvance";
    public static final String NOTES_WILL_BE_PUBLISHED = "notesWillBePublished";
    /** INT-6: at least one person content to be photographed or filmed. */
    public static final String CONSENT = "consents";

    private final List<String> publicityWording;
    private final List<Pattern> publicityPatterns;

    public RequestRules(@ConfigProperty(name = "purdah.intake.int4.publicity-wording") List<String> publicityWording) {
        this.publicityWording = publicityWording.stream().map(RequestRules::normalise).filter(s -> !s.isEmpty())
                .distinct().toList();
        // a phrase matches at the start of a word, so "canvass" finds "canvassing" and "leaflet" "leafleting"
        this.publicityPatterns = this.publicityWording.stream()
                .map(phrase -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase))).toList();
    }

    /** What an assessment says: warnings, the decision the rules recommend, and a case if one is open. */
    public record Assessment(List<RuleWarning> warnings, Decision recommendedDecision, String caseStatus) {
    }

    /**
     * INT-1: every request goes to the SPOC (the Chief Executive or the FOI unit they delegate to) and is told to
     * the Chief Constable's office: one that reached the force because it did (INT-1), one made to the OPCC
     * because the force's guidance passes those "to the Chief Executive and Chief Constable" alike (000 §2.2, the
     * newest guidance). INT-4: every visit, and INT-7 every report of police imagery, is also told to the Chief
     * Executive by name. INT-5: a meeting with either of them is told to their office.
     */
    public static Routing routing(RequestKind kind, RequestForm form) {
        Set<String> notified = new LinkedHashSet<>();
        notified.add(CHIEF_CONSTABLE_OFFICE);
        if (kind == RequestKind.VISIT || kind == RequestKind.POLICE_IMAGERY) {
            notified.add(CHIEF_EXECUTIVE);
        }
        if (form != null && form.officeHolder() != null) {
            switch (form.officeHolder()) {
                case CHIEF_CONSTABLE -> notified.add(CHIEF_CONSTABLE_OFFICE);
                case CHIEF_EXECUTIVE -> notified.add(CHIEF_EXECUTIVE);
                default -> {
                }
            }
        }
        return new Routing(SPOC, List.copyOf(notified));
    }

    /** The fields a kind takes: each is required for its kinds and refused for the others (400 naming it). */
    public void checkForm(RequestForm form) {
        boolean visit = form.kind() == RequestKind.VISIT;
        boolean meeting = isMeeting(form.kind());
        if (visit && form.purpose() == null) {
            throw new InvalidFieldException("purpose", "is required for a VISIT: FACT_FINDING, BRIEFING, PUBLICITY,"
                    + " CAMPAIGNING or OTHER (INT-4)");
        }
        if (!visit && form.purpose() != null) {
            throw new InvalidFieldException("purpose", "is given only for a VISIT (INT-4)");
        }
        if (meeting && form.officeHolder() == null) {
            throw new InvalidFieldException("officeHolder", "is required for a " + form.kind()
                    + ": CHIEF_CONSTABLE, CHIEF_EXECUTIVE or OTHER_OFFICER_OR_STAFF (INT-5)");
        }
        if (!meeting && form.officeHolder() != null) {
            throw new InvalidFieldException("officeHolder", "is given only for a MEETING or REGULAR_MEETINGS (INT-5)");
        }
        if (!meeting && form.questions() != null && !form.questions().isBlank()) {
            throw new InvalidFieldException("questions", "are given only for a MEETING or REGULAR_MEETINGS (INT-5)");
        }
        if (form.kind() != RequestKind.PHOTOGRAPH_OR_FILMING && form.plannedOn() != null) {
            throw new InvalidFieldException("plannedOn", "is given only for a PHOTOGRAPH_OR_FILMING (INT-6)");
        }
    }

    public static boolean isMeeting(RequestKind kind) {
        return kind == RequestKind.MEETING || kind == RequestKind.REGULAR_MEETINGS;
    }

    /** INT-4: the publicity or campaigning wording found in a subject and text, as listed in the configuration. */
    public List<String> publicityWording(String subject, String text) {
        String haystack = normalise(subject + "\n" + text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < publicityPatterns.size(); i++) {
            if (publicityPatterns.get(i).matcher(haystack).find()) {
                found.add(publicityWording.get(i));
            }
        }
        return found;
    }

    public List<String> publicityWording() {
        return publicityWording;
    }

    /** What the rules say about a request as it stands; {@code candidate} and {@code election} are its own. */
    public Assessment assess(CandidateRequest request, Candidate candidate, Election election) {
        List<RuleWarning> warnings = new ArrayList<>();
        Decision recommended = null;
        String caseStatus = null;
        boolean open = !isDecided(request);
        switch (request.kind) {
            case VISIT -> {
                List<String> reasons = publicityReasons(request);
                if (!reasons.isEmpty()) {
                    warnings.add(new RuleWarning("INT-4", "RECOMMENDED_REFUSAL", "Refusal recommended: a visit for"
                            + " publicity or campaigning is not a reasonable request (000 §2.3, 004); "
                            + String.join("; ", reasons) + "."));
                    recommended = Decision.REFUSED;
                }
            }
            case MEETING, REGULAR_MEETINGS -> {
                if (request.kind == RequestKind.REGULAR_MEETINGS) {
                    warnings.add(new RuleWarning("INT-5", "OFFER_TO_ALL", "Regular meetings with one candidate mean"
                            + " meeting every candidate in the same way (000 §2.1, 003 §4.4.4); they may be declined"
                            + " on that ground."));
                }
                if (open && request.officeHolder != null && request.officeHolder.needsIndividualMeetingConditions()) {
                    List<String> missing = missingForMeeting(request, candidate, null);
                    warnings.add(new RuleWarning("INT-5", "INDIVIDUAL_MEETING_CONDITIONS", "A meeting with the "
                            + describe(request.officeHolder) + " is granted only after the candidate's formal"
                            + " declaration, with the questions sent in advance, and with the notes published"
                            + " anonymised (001 §8.3); still missing: " + String.join(", ", missing) + "."));
                }
            }
            case PHOTOGRAPH_OR_FILMING -> {
                if (insidePurdah(request, election, null)) {
                    warnings.add(new RuleWarning("INT-6", "NEVER_INSIDE_PURDAH", "Officers and staff are never"
                            + " photographed or filmed with a candidate inside purdah (" + election.purdahStart
                            + " to the close of poll on " + election.pollDate + ", 001 §10.1, §12.1.6)."));
                    recommended = Decision.REFUSED;
                } else {
                    warnings.add(new RuleWarning("INT-6", "CONSENT_OF_EACH_PERSON", "Outside purdah, only with the"
                            + " consent of each person, who may refuse (000 §2.5, 003 §5.6.4); those who refuse are"
                            + " excluded. Never inside purdah, which starts on " + election.purdahStart + "."));
                }
            }
            case POLICE_IMAGERY -> {
                caseStatus = open ? "OPEN" : "CLOSED";
                warnings.add(new RuleWarning("INT-7", "IMAGERY_CASE", "Police imagery or livery is never permitted in"
                        + " political material (000 §2.4, 004): a case is " + (open ? "open" : "closed") + " for the"
                        + " Chief Constable and the Chief Executive, who decide whether to ask for its removal"
                        + " (001 §11.1)."));
            }
            default -> {
            }
        }
        return new Assessment(List.copyOf(warnings), recommended, caseStatus);
    }

    /**
     * Checks a decision against the request's rules, after the form's own checks; throws a 400 naming a field
     * the request's kind does not take, or a 409 naming the rule and what is missing.
     */
    public void checkDecision(CandidateRequest request, Candidate candidate, Election election, DecisionForm form,
            OffsetDateTime now) {
        if (form.consents() != null && request.kind != RequestKind.PHOTOGRAPH_OR_FILMING) {
            throw new InvalidFieldException("consents", "are given only for a PHOTOGRAPH_OR_FILMING (INT-6)");
        }
        if (form.notesWillBePublished() != null && !isMeeting(request.kind)) {
            throw new InvalidFieldException("notesWillBePublished", "is given only for a MEETING or"
                    + " REGULAR_MEETINGS (INT-5)");
        }
        if (form.consents() != null) {
            Set<String> names = new HashSet<>();
            for (ConsentForm consent : form.consents()) {
                if (!names.add(consent.name().strip().toLowerCase(Locale.ROOT))) {
                    throw new InvalidFieldException("consents", consent.name().strip() + " is listed twice");
                }
            }
        }
        if (form.decision() != Decision.GRANTED) {
            return;
        }
        switch (request.kind) {
            case MEETING, REGULAR_MEETINGS -> {
                if (request.officeHolder != null && request.officeHolder.needsIndividualMeetingConditions()) {
                    List<String> missing = missingForMeeting(request, candidate, form);
                    if (!missing.isEmpty()) {
                        throw new RuleConflictException("INT-5", "a meeting with the " + describe(request.officeHolder)
                                + " cannot be granted before the candidate's formal declaration, the questions in"
                                + " advance and the SPOC's confirmation that the notes will be published"
                                + " (001 §8.3); missing: " + String.join(", ", missing), missing);
                    }
                }
            }
            case PHOTOGRAPH_OR_FILMING -> {
                if (insidePurdah(request, election, now)) {
                    throw new RuleConflictException("INT-6", "never inside purdah: officers and staff are not"
                            + " photographed or filmed with a candidate from " + election.purdahStart
                            + " to the close of poll on " + election.pollDate + " (001 §10.1)", List.of());
                }
                boolean someoneConsents = form.consents() != null
                        && form.consents().stream().anyMatch(c -> Boolean.TRUE.equals(c.consent()));
                if (!someoneConsents) {
                    throw new RuleConflictException("INT-6", "each person must be asked and may refuse; grant it with"
                            + " the consents of those asked, at least one of whom is content (000 §2.5, 003 §5.6.4)",
                            List.of(CONSENT));
                }
            }
            case POLICE_IMAGERY -> throw new RuleConflictException("INT-7", "the use of police imagery or livery in"
                    + " political material is never permitted (000 §2.4, 004); refuse it, with what was asked of the"
                    + " candidate as the reason", List.of());
            default -> {
            }
        }
    }

    /** INT-5: what a meeting with the Chief Constable or Chief Executive still lacks. */
    private static List<String> missingForMeeting(CandidateRequest request, Candidate candidate, DecisionForm form) {
        List<String> missing = new ArrayList<>();
        if (candidate == null || candidate.status != Candidate.Status.DECLARED) {
            missing.add(FORMAL_DECLARATION);
        }
        if (request.questions == null || request.questions.isBlank()) {
            missing.add(QUESTIONS_IN_ADVANCE);
        }
        if (form == null || !Boolean.TRUE.equals(form.notesWillBePublished())) {
            missing.add(NOTES_WILL_BE_PUBLISHED);
        }
        return missing;
    }

    /** INT-4: why a visit looks like publicity or campaigning: its declared purpose, its wording. */
    private List<String> publicityReasons(CandidateRequest request) {
        List<String> reasons = new ArrayList<>();
        if (request.visitPurpose != null && request.visitPurpose.isPublicityOrCampaigning()) {
            reasons.add("declared purpose " + request.visitPurpose);
        }
        List<String> wording = publicityWording(request.subject, request.text);
        if (!wording.isEmpty()) {
            reasons.add("wording: " + String.join(", ", wording.stream().map(w -> "\"" + w + "\"").toList()));
        }
        return reasons;
    }

    /**
     * CAL-3 for INT-6: a photograph is inside purdah if the request arrived inside it, if the day planned for it
     * falls inside it, or if it is being granted inside it ({@code now}, when given).
     */
    static boolean insidePurdah(CandidateRequest request, Election election, OffsetDateTime now) {
        if (request.insidePurdah) {
            return true;
        }
        if (request.plannedOn != null && within(request.plannedOn, election)) {
            return true;
        }
        return now != null && election.isInsidePurdah(now);
    }

    private static boolean within(LocalDate day, Election election) {
        return !day.isBefore(election.purdahStart) && !day.isAfter(election.pollDate);
    }

    private static boolean isDecided(CandidateRequest request) {
        return request.status != CandidateRequest.Status.RECEIVED && request.status != CandidateRequest.Status.ROUTED;
    }

    private static String describe(uk.police.purdah.intake.model.OfficeHolder holder) {
        return switch (holder) {
            case CHIEF_CONSTABLE -> "Chief Constable";
            case CHIEF_EXECUTIVE -> "Chief Executive";
            default -> "office holder";
        };
    }

    /** Lower case, hyphens and underscores as spaces, one space between words, accents kept. */
    static String normalise(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return lower.replaceAll("[-_\u2010-\u2015]", " ").replaceAll("\\s+", " ").strip();
    }
}
