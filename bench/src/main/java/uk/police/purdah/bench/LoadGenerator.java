package uk.police.purdah.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A bounded HTTP load generator (java.net.http): every run stops at a number of requests and at a time limit,
 * whichever comes first, and it sends only to 127.0.0.1 (anything else is refused before a request is made).
 * Two shapes: closed loop at saturation ({@code workers} each send the next request when the last answered),
 * and open loop at a fixed rate (latency counted from when the request was due, so a slow server is not
 * excused by the generator waiting for it).
 */
public final class LoadGenerator {

    /** One request to send: its body and headers, built by the caller for the i-th request. */
    public record Call(URI uri, String body, String... headers) {
    }

    /** What one answered request gave: when it was due, when it was answered (epoch micros), its status and body. */
    public record Answer(int index, long dueMicros, long answeredEpochMicros, int status, String body) {
    }

    /** The outcome of a run. */
    public record Run(int sent, int ok, int failed, double seconds, long[] latencyMicros, List<Answer> answers) {
        public double rate() {
            return ok / seconds;
        }

        public Percentiles latency() {
            return new Percentiles(latencyMicros);
        }
    }

    private final HttpClient http;
    private final int expectedStatus;

    public LoadGenerator(int expectedStatus) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true);
                    return t;
                })).build();
        this.expectedStatus = expectedStatus;
    }

    static URI local(URI uri) {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("the load generator sends only to 127.0.0.1, not to " + uri);
        }
        return uri;
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(local(call.uri())).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.headers().length > 0) {
            b.headers(call.headers());
        }
        return b.build();
    }

    /** Closed loop: {@code workers} in parallel, until {@code count} requests or {@code maxSeconds}. */
    public Run saturate(IntFunction<Call> calls, int workers, int count, double maxSeconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline;) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(calls.apply(i)),
                                HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (r.statusCode() == expectedStatus) {
                            ok.incrementAndGet();
                            latencies.add(micros);
                            answers.add(new Answer(i, t0 / 1000, epochMicros(), r.statusCode(), r.body()));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(Math.min(next.get(), count), ok.get(), failed.get(), seconds,
                latencies.stream().mapToLong(Long::longValue).toArray(), new ArrayList<>(answers));
    }

    /**
     * Open loop: one request every 1/rate seconds, until {@code count} requests or {@code maxSeconds}; at most
     * {@code maxInFlight} outstanding (beyond that a due request counts as failed: the server did not keep up).
     */
    public Run paced(IntFunction<Call> calls, double rate, int count, double maxSeconds, int maxInFlight)
            throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        int total = (int) Math.min(count, Math.floor(rate * maxSeconds));
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long periodNanos = (long) (1e9 / rate);
        AtomicLong lastAnswer = new AtomicLong(start);
        for (int i = 0; i < total; i++) {
            int index = i;
            long due = start + i * periodNanos;
            clock.schedule(() -> {
                sent.incrementAndGet();
                if (!inFlight.tryAcquire()) {
                    failed.incrementAndGet();
                    done.countDown();
                    return;
                }
                http.sendAsync(request(calls.apply(index)), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, error) -> {
                            long now = System.nanoTime();
                            lastAnswer.accumulateAndGet(now, Math::max);
                            if (error == null && r.statusCode() == expectedStatus) {
                                ok.incrementAndGet();
                                latencies.add((now - due) / 1000);
                                answers.add(new Answer(index, due / 1000, epochMicros(), r.statusCode(), r.body()));
                            } else {
                                failed.incrementAndGet();
                            }
                            inFlight.release();
                            done.countDown();
                        });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        boolean finished = done.await((long) (maxSeconds + 60), TimeUnit.SECONDS);
        clock.shutdownNow();
        double seconds = (lastAnswer.get() - start) / 1e9;
        int unanswered = finished ? 0 : (int) done.getCount();
        return new Run(sent.get(), ok.get(), failed.get() + unanswered, seconds,
                latencies.stream().mapToLong(Long::longValue).toArray(), new ArrayList<>(answers));
    }

    static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
