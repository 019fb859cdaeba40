package uk.police.purdah.intake.service;

/** An id that names nothing in the register (404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
