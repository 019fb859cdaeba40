package uk.police.purdah.intake.mapping;

/**
 * What a rule says about a request, for the SPOC and whoever logged it: the rule id, a stable code and a
 * sentence (INT-4..INT-7).
 */
public record RuleWarning(String rule, String code, String message) {
}
