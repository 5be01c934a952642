package org.coopera.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain-Java load driver: one virtual thread per simulated user, each playing its role's scenario
 * over and over (officer, manager, reader in turn by user number) until the duration is over, users
 * started evenly over the ramp-up. Every HTTP round trip is timed and counted under the step that
 * made it; a step that fails (HTTP error, server error message, missing component) counts one error
 * and ends that scenario run (the user starts again with a new session).
 */
final class LoadDriver {

    /** the round-trip times of one step, in microseconds */
    static final class Series {
        final List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
    }

    private final String base;
    private final int users;
    private final Duration duration;
    private final Duration rampUp;
    private final long thinkMillis;
    private final Map<String, Series> steps = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errorMessages = new ConcurrentHashMap<>();
    private final ThreadLocal<String> currentStep = new ThreadLocal<>();
    private final AtomicLong scenarios = new AtomicLong();

    LoadDriver(String base, int users, Duration duration, Duration rampUp, long thinkMillis) {
        this.base = base;
        this.users = users;
        this.duration = duration;
        this.rampUp = rampUp;
        this.thinkMillis = thinkMillis;
    }

    /** Runs the load; returns the report's text. */
    String run() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int user = u;
                long delay = rampUp.toMillis() * u / Math.max(1, users);
                pool.submit(() -> {
                    Thread.sleep(delay);
                    RoleScenarios scenario = new RoleScenarios(this::step, thinkMillis);
                    while (System.nanoTime() < end) {
                        VaadinUiClient client = new VaadinUiClient(http, base, this::record);
                        try {
                            switch (user % 3) {
                                case 0 -> scenario.officer(client);
                                case 1 -> scenario.manager(client);
                                default -> scenario.reader(client);
                            }
                            scenarios.incrementAndGet();
                        } catch (Exception failed) {
                            // counted in step(); the user starts again
                        }
                        scenario.think();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        http.close();
        return report(seconds);
    }

    private void step(String name, RoleScenarios.Step step) throws Exception {
        currentStep.set(name);
        try {
            step.run();
        } catch (Exception e) {
            steps.computeIfAbsent(name, n -> new Series()).errors.incrementAndGet();
            String message = name + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage());
            errorMessages.computeIfAbsent(message.length() > 200 ? message.substring(0, 200) : message,
                    m -> new AtomicLong()).incrementAndGet();
            throw e;
        } finally {
            currentStep.remove();
        }
    }

    private void record(long nanos) {
        String name = currentStep.get();
        steps.computeIfAbsent(name == null ? "other" : name, n -> new Series()).micros.add(nanos / 1000);
    }

    private String report(double seconds) {
        var out = new StringBuilder();
        List<Long> all = new ArrayList<>();
        long errors = 0;
        out.append(String.format("| step | round trips | errors | p50 ms | p95 ms | p99 ms | max ms |%n"));
        out.append(String.format("|---|---:|---:|---:|---:|---:|---:|%n"));
        for (var entry : new TreeMap<>(steps).entrySet()) {
            long[] times;
            synchronized (entry.getValue().micros) {
                times = entry.getValue().micros.stream().mapToLong(Long::longValue).toArray();
                all.addAll(entry.getValue().micros);
            }
            errors += entry.getValue().errors.get();
            out.append(row(entry.getKey(), times, entry.getValue().errors.get()));
        }
        long[] times = all.stream().mapToLong(Long::longValue).toArray();
        out.append(row("**all**", times, errors));
        out.append(String.format("%n%d users, %.0f s, think time %d ms (mean), %d scenario runs completed, "
                        + "%.1f round trips/s, error rate %.3f %% (failed steps / (round trips + failed steps))%n",
                users, seconds, thinkMillis, scenarios.get(), times.length / seconds,
                100.0 * errors / Math.max(1, times.length + errors)));
        if (!errorMessages.isEmpty()) {
            out.append("\nErrors:\n");
            errorMessages.forEach((message, count) -> out.append("- ").append(count).append(" × ").append(message).append('\n'));
        }
        return out.toString();
    }

    private static String row(String name, long[] micros, long errors) {
        Arrays.sort(micros);
        return String.format("| %s | %d | %d | %s | %s | %s | %s |%n", name, micros.length, errors,
                ms(micros, 0.50), ms(micros, 0.95), ms(micros, 0.99), ms(micros, 1.0));
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.0f", sorted[Math.max(0, index)] / 1000.0);
    }

    /** Against a running Coopera: java ... LoadDriver http://localhost:8080 users seconds thinkMillis */
    public static void main(String[] args) throws Exception {
        var driver = new LoadDriver(args[0], Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])),
                Duration.ofSeconds(Math.min(20, Long.parseLong(args[2]) / 4)), Long.parseLong(args[3]));
        System.out.println(driver.run());
    }
}
