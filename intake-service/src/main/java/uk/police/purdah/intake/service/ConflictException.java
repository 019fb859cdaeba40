package uk.police.purdah.intake.service;

/** A request that contradicts the register's state (409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
