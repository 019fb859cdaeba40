package uk.police.purdah.intake.model;

/** INT-6: a person asked whether they are content to be photographed or filmed, and their answer. */
public record Consent(String name, boolean consent) {
}
