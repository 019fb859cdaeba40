package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.intake.model.Candidate.Employment;

/** A candidate as the SPOC registers or corrects them (CAND-1, CAND-2, CAND-3, CAND-4). */
public record CandidateForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String party,
        @Size(max = 200) String agentName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "must be a telephone number") String phone,
        @Size(max = 500) String address,
        @Size(max = 10) String postcode,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> socialHandles,
        @Schema(description = "CAND-2: PCC or DEPUTY_PCC for the incumbent (at most one of each per election);"
                + " defaults to NONE") IncumbentRole incumbentRole,
        @Schema(description = "CAND-4: a former colleague; shown with a caution wherever the candidate appears")
        boolean formerColleague,
        @Schema(description = "CAND-3: POLICE_OFFICER, POLICE_STAFF or OPCC_STAFF if the candidate serves or served"
                + " the force or the OPCC; defaults to NONE") Employment employment,
        @Schema(description = "CAND-3: the day they resigned; absent while they still serve") LocalDate resignedOn) {
}
