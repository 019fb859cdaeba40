package uk.police.purdah.bench;

/** The start-up ceiling: a JVM with the services' flags that does nothing but say it is ready, then waits. */
public final class Idle {

    private Idle() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
