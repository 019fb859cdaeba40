package uk.police.purdah.equality.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.RequestSeen;

/**
 * EQ-4 even-handed service. For each candidate the elapsed hours from receipt to decision (DECISION) and
 * from receipt to the approved response (RESPONSE) are measured per request. The statistic is the median:
 * a candidate is "consistently much more slowly answered" when the median of their times is more than
 * {@code ratio} times the median of all other candidates' times taken together, and longer by at least
 * {@code min-gap}; both sides need at least {@code min-requests} measured requests. The median, unlike the
 * mean, is not moved by one slow request: it says that at least half of the candidate's requests took that
 * long. One EQ-4 finding per candidate and measure is open at a time; after it is justified a new one opens
 * only once the candidate has {@code min-requests} more measured requests and is still that slow.
 */
@ApplicationScoped
public class ServiceTimes {

    private final FindingLedger ledger;
    private final int minRequests;
    private final double ratio;
    private final Duration minGap;

    public ServiceTimes(FindingLedger ledger,
            @ConfigProperty(name = "purdah.parity.eq4.min-requests", defaultValue = "3") int minRequests,
            @ConfigProperty(name = "purdah.parity.eq4.ratio", defaultValue = "2.0") double ratio,
            @ConfigProperty(name = "purdah.parity.eq4.min-gap", defaultValue = "PT24H") Duration minGap) {
        this.ledger = ledger;
        this.minRequests = minRequests;
        this.ratio = ratio;
        this.minGap = minGap;
    }

    /** The median times of one election, per candidate and measure, in hours (for the report too). */
    public static Map<UUID, double[]> medians(UUID electionId) {
        Map<UUID, double[]> medians = new TreeMap<>();
        for (Finding.Measure measure : Finding.Measure.values()) {
            times(electionId, measure).forEach((candidate, hours) -> medians
                    .computeIfAbsent(candidate, c -> new double[] {Double.NaN, Double.NaN})[measure.ordinal()] = median(hours));
        }
        return medians;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID electionId, OffsetDateTime at) {
        for (Finding.Measure measure : Finding.Measure.values()) {
            Map<UUID, List<Double>> times = times(electionId, measure);
            for (Map.Entry<UUID, List<Double>> entry : times.entrySet()) {
                List<Double> mine = entry.getValue();
                List<Double> others = new ArrayList<>();
                times.forEach((candidate, hours) -> {
                    if (!candidate.equals(entry.getKey())) {
                        others.addAll(hours);
                    }
                });
                if (mine.size() < minRequests || others.size() < minRequests) {
                    continue;
                }
                double myMedian = median(mine);
                double othersMedian = median(others);
                boolean slow = myMedian > ratio * othersMedian && (myMedian - othersMedian) * 3600 >= minGap.toSeconds();
                if (slow) {
                    open(electionId, entry.getKey(), measure, myMedian, othersMedian, mine.size(), others.size(), at);
                }
            }
        }
    }

    private void open(UUID electionId, UUID candidateId, Finding.Measure measure, double myMedian, double othersMedian,
            int sample, int othersSample, OffsetDateTime at) {
        List<Finding> earlier = Finding.list("electionId = ?1 and rule = 'EQ-4' and candidateId = ?2 and measure = ?3"
                + " order by openedAt desc", electionId, candidateId, measure);
        if (earlier.stream().anyMatch(Finding::isOpen)) {
            return;
        }
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate != null && !candidate.counts()) {
            return; // a withdrawn candidate's times still count for the others, but they are owed nothing more
        }
        if (!earlier.isEmpty() && sample < earlier.get(0).sampleSize + minRequests) {
            return;
        }
        Finding finding = new Finding();
        finding.electionId = electionId;
        finding.rule = "EQ-4";
        finding.candidateId = candidateId;
        finding.measure = measure;
        finding.candidateMedianHours = myMedian;
        finding.othersMedianHours = othersMedian;
        finding.sampleSize = sample;
        finding.openedAt = at;
        finding.description = String.format(Locale.UK, "%s is answered much more slowly than the others: median time"
                + " to %s %.1f hours over %d requests, against %.1f hours over %d requests for the other candidates"
                + " (EQ-4)", OfferParity.name(candidateId), measure == Finding.Measure.DECISION ? "decision" : "response",
                myMedian, sample, othersMedian, othersSample);
        ledger.open(finding, List.of(candidateId), List.of());
    }

    private static Map<UUID, List<Double>> times(UUID electionId, Finding.Measure measure) {
        Map<UUID, List<Double>> times = new TreeMap<>();
        String end = measure == Finding.Measure.DECISION ? "decidedAt" : "respondedAt";
        for (RequestSeen r : RequestSeen.<RequestSeen>list("electionId = ?1 and receivedAt is not null and " + end
                + " is not null", electionId)) {
            OffsetDateTime done = measure == Finding.Measure.DECISION ? r.decidedAt : r.respondedAt;
            double hours = Math.max(0, Duration.between(r.receivedAt, done).toSeconds()) / 3600.0;
            times.computeIfAbsent(r.candidateId, c -> new ArrayList<>()).add(hours);
        }
        return times;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
