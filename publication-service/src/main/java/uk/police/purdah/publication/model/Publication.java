package uk.police.purdah.publication.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One item of the portal (PUB-1): an approved response with its request, the notes of an engagement, or briefing
 * material; anonymised when queued (PUB-2), reviewed by the SPOC (PUB-3), released in a batch dated by day only
 * (PUB-4), checked for purdah (PUB-5), and, if withdrawn, left as a public notice with the reason (PUB-7).
 */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    public enum Kind {
        RESPONSE, MEETING_NOTES, BRIEFING_MATERIAL
    }

    public enum Status {
        /** waiting for the SPOC's review (PUB-3) */
        PENDING,
        /** sent back by the SPOC with a reason; never public */
        RETURNED,
        /** approved, waiting for the next release (PUB-4) */
        APPROVED,
        PUBLISHED,
        /** was published; a public notice with the reason remains (PUB-7) */
        WITHDRAWN
    }

    /** Why the purdah factual check held the text (PUB-5): the rule, the wording found, the sentence it is in. */
    public record HoldReason(String rule, String wording, String sentence) {
    }

    @Id
    public UUID publicationId;
    public UUID electionId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public UUID sourceId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String title;
    public String queuedTitle;
    public String queuedRequestText;
    public String queuedText;
    public String requestText;
    public String text;
    public String editDiff;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> removed;
    public String contentHash;
    public boolean dealingInsidePurdah;
    public boolean held;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<HoldReason> holdReasons;
    public String factualCheckOverride;
    public LocalDate queuedOn;
    public OffsetDateTime queuedAt;
    public String reviewedBy;
    public OffsetDateTime reviewedAt;
    public String returnReason;
    public LocalDate releaseOn;
    public LocalDate publishedOn;
    public LocalDate withdrawnOn;
    public String withdrawalReason;
    @Version
    public int version;

    public boolean isPublic() {
        return status == Status.PUBLISHED || status == Status.WITHDRAWN;
    }
}
