package uk.police.purdah.events;

/** A message that is not a Purdah event; the reason goes with it to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
