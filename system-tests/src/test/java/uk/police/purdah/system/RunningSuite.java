package uk.police.purdah.system;

import java.util.List;
import java.util.Map;

import uk.police.purdah.testsupport.DevStackProcess;

/**
 * The suite under test: devstack and the packaged services as separate processes, launched once for all the
 * system tests of this JVM (starting it takes a minute or more on a small machine) and stopped when the JVM
 * ends. A test that injects a fault (broker or database stopped, a service killed) puts it right again in a
 * {@code finally} block, so the next test finds the suite whole.
 */
public final class RunningSuite {

    private static DevStackProcess.Launched suite;

    private RunningSuite() {
    }

    /** The running suite, launched on first use. */
    public static synchronized DevStackProcess.Launched get() {
        if (suite == null) {
            // PUB-4: the release runs on the production scheduler; here it fires every 2 seconds, not daily at 10:00
            suite = DevStackProcess.launch(List.of("--suite", "--no-demo-data"),
                    Map.of("PURDAH_RELEASE_CRON", "*/2 * * * * ?"), "SUITE READY", 480);
            DevStackProcess.use(suite.endpoints());
        }
        return suite;
    }

    /** Each service's base URL by its short name ({@code intake}, {@code equality}, …). */
    public static Map<String, String> urls() {
        return get().lines().get("SUITE READY");
    }

    /** The JDBC URL of the suite's PostgreSQL server, without a database name. */
    public static String jdbc() {
        return get().endpoints().jdbc();
    }
}
