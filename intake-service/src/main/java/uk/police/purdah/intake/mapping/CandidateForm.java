package uk.police.purdah.intake.mapping;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.police.purdah.events.Vocabulary.IncumbentRole;

/** A candidate as the SPOC registers them (CAND-1, CAND-2, CAND-4). */
public record CandidateForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String party,
        @Size(max = 200) String agentName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "must be a telephone number") String phone,
        @Size(max = 500) String address,
        @Size(max = 10) String postcode,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> socialHandles,
        IncumbentRole incumbentRole,
        boolean formerColleague) {
}
