package uk.police.purdah.events;

import java.util.List;

/** Who a candidate is and how they can be reached: the registry's ground truth for PUB-2. */
public record CandidateIdentity(String name, String party, String agentName, String email, String phone,
        String address, String postcode, List<String> socialHandles) {
}
