package uk.police.purdah.equality.service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.RequestSeen;
import uk.police.purdah.events.Vocabulary.Decision;

/**
 * EQ-3 consistency. Two requests are "of the same kind and purpose" when they belong to the same election,
 * have the same kind (INT-2) and the same purpose as the SPOC recorded it with the decision, compared in a
 * normalised form (letters and digits only, lower case, accents and punctuation dropped, spaces collapsed:
 * "Fact-finding visit." = "fact finding visit"). A request decided without a purpose is not compared. The
 * outcome compared is whether the candidate got an answer: GRANTED and REDIRECTED (answered by material
 * already published, INT-8) against REFUSED. When a decision differs from the decision on a request of
 * another candidate in the same group, an EQ-3 finding opens naming the requests and, as owed, the
 * candidates refused; only the SPOC's recorded justification ends it (EQ-6). Further differing decisions
 * join the open finding of their group.
 */
@ApplicationScoped
public class ConsistencyCheck {

    private final FindingLedger ledger;

    public ConsistencyCheck(FindingLedger ledger) {
        this.ledger = ledger;
    }

    public static String purposeKey(String purpose) {
        if (purpose == null) {
            return null;
        }
        String key = Normalizer.normalize(purpose, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.isEmpty() ? null : key;
    }

    static boolean answered(Decision decision) {
        return decision != Decision.REFUSED;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(RequestSeen request) {
        if (request.purposeKey == null || request.decision == null) {
            return;
        }
        List<RequestSeen> differing = RequestSeen.<RequestSeen>list(
                "electionId = ?1 and kind = ?2 and purposeKey = ?3 and decision is not null and candidateId <> ?4"
                        + " order by decidedAt, requestId",
                request.electionId, request.kind, request.purposeKey, request.candidateId).stream()
                .filter(other -> answered(other.decision) != answered(request.decision))
                .toList();
        if (differing.isEmpty()) {
            return;
        }
        Finding open = Finding.<Finding>find("electionId = ?1 and rule = 'EQ-3' and requestKind = ?2 and purposeKey = ?3"
                + " and status = ?4", request.electionId, request.kind, request.purposeKey, Finding.Status.OPEN)
                .firstResult();
        if (open != null) {
            List<RequestSeen> joining = new java.util.ArrayList<>(differing);
            joining.add(request);
            for (RequestSeen r : joining) {
                ledger.addRequest(open, r.requestId, request.decidedAt);
                if (!answered(r.decision)) {
                    ledger.addOwed(open, r.candidateId, request.decidedAt);
                }
            }
            return;
        }
        List<RequestSeen> compared = new java.util.ArrayList<>(differing);
        compared.add(request);
        List<UUID> refused = compared.stream().filter(r -> !answered(r.decision)).map(r -> r.candidateId)
                .distinct().toList();
        Finding finding = new Finding();
        finding.electionId = request.electionId;
        finding.rule = "EQ-3";
        finding.requestKind = request.kind;
        finding.purposeKey = request.purposeKey;
        finding.openedAt = request.decidedAt;
        finding.description = "Requests of the same kind (" + request.kind + ") and purpose (\"" + request.purpose
                + "\") were decided differently for different candidates: "
                + describe(compared) + ". A recorded justification is needed (EQ-3)";
        ledger.open(finding, refused, compared.stream().map(r -> r.requestId).toList());
    }

    private static String describe(List<RequestSeen> requests) {
        return String.join("; ", requests.stream()
                .map(r -> r.decision + " for " + OfferParity.name(r.candidateId)).toList());
    }
}
