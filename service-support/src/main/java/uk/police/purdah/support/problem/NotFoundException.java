package uk.police.purdah.support.problem;

/** An id that names nothing this service knows (404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
