package uk.police.purdah.intake.service;

import java.util.List;

import uk.police.purdah.support.problem.ConflictException;

/** A decision a rule forbids as things stand (409), naming the rule and what is missing, if anything. */
public class RuleConflictException extends ConflictException {

    private final String rule;
    private final List<String> missing;

    public RuleConflictException(String rule, String message, List<String> missing) {
        super(rule + ": " + message);
        this.rule = rule;
        this.missing = List.copyOf(missing);
    }

    public String rule() {
        return rule;
    }

    public List<String> missing() {
        return missing;
    }
}
