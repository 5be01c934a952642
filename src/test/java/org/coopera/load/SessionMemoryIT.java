package org.coopera.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.ObjectName;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Retained heap per signed-in session (issue 19): opens idle signed-in Vaadin sessions over plain
 * HTTP against the application in this JVM (demo data, embedded MariaDB) and measures the heap after
 * a full GC with a baseline of warm-up sessions, then with N more, for each N of {@code load.sessions}
 * (default 100,500). Each session signs in as one of the demo users and opens that role's first view
 * (officer: Mes projets, manager: the dashboard, reader: the bulletins), the grids' first page sent
 * and confirmed as a browser would ({@code -Dload.roles=agent} measures one role's view alone). Prints (heap(N) - heap(0)) / N and the classes that grew most.
 * A benchmark: {@code ./mvnw verify -Pload -Dit.test=SessionMemoryIT}; not in the default suite.
 */
@IntegrationTest
@Tag("load")
class SessionMemoryIT {

    static final String PASSWORD = "coopera-demo";
    /** user, view: the three roles of the scenarios */
    static final String[][] ROLES = {{"agent", "my-projects"}, {"gestionnaire", "dashboards"}, {"lecteur", "bulletins"}};

    @LocalServerPort
    int port;

    @Test
    void retainedHeapPerSignedInSession() throws Exception {
        int[] steps = Arrays.stream(System.getProperty("load.sessions", "100,500").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int warmUp = Integer.getInteger("load.warmup", 30);
        HttpClient http = VaadinUiClient.newHttpClient();
        AtomicInteger opened = new AtomicInteger();

        String base = "http://localhost:" + port;
        open(http, base, warmUp, opened);
        long baseline = heapAfterFullGc();
        String baselineHistogram = histogram();
        System.out.printf("%n[load] baseline: %d warm-up sessions open, heap after full GC %.1f MB%n",
                warmUp, baseline / 1e6);

        Map<Integer, Long> perSession = new HashMap<>();
        int extra = 0;
        for (int n : steps) {
            long start = System.nanoTime();
            open(http, base, n - extra, opened);
            extra = n;
            long heap = heapAfterFullGc();
            long bytesPerSession = (heap - baseline) / n;
            perSession.put(n, bytesPerSession);
            System.out.printf("[load] N=%d more sessions (opened in %.0f s): heap %.1f MB, (heap(N) - heap(0)) / N = %.0f KB per session%n",
                    n, (System.nanoTime() - start) / 1e9, heap / 1e6, bytesPerSession / 1024.0);
        }
        System.out.println("[load] classes that grew most between the baseline and N=" + extra + " (bytes per session):");
        topGrowth(baselineHistogram, histogram(), extra, 25).forEach(line -> System.out.println("[load]   " + line));
        http.close();

        // a benchmark reports; it fails only on an absurd figure (the goal is 1 MB)
        perSession.forEach((n, bytes) -> assertThat(bytes).as("bytes per session at N=%d", n).isLessThan(10_000_000L));
    }

    /** Opens this many more sessions, four at a time (two cores: sign-in hashes the password). */
    static void open(HttpClient http, String base, int count, AtomicInteger opened) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("load.parallel", 4))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    String[][] roles = roles();
                    String[] role = roles[opened.getAndIncrement() % roles.length];
                    VaadinUiClient client = new VaadinUiClient(http, base, nanos -> { });
                    client.signIn(role[0], PASSWORD);
                    client.open(role[1]);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }

    /** the roles of {@code load.roles} (user names, e.g. "agent"), all three by default */
    static String[][] roles() {
        List<String> wanted = Arrays.asList(System.getProperty("load.roles", "agent,gestionnaire,lecteur").split(","));
        return Arrays.stream(ROLES).filter(role -> wanted.contains(role[0])).toArray(String[][]::new);
    }

    static long heapAfterFullGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // a few full collections: the first may leave objects waiting for finalisation or reference processing
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The live objects by class (a full GC first), as {@code jcmd <pid> GC.class_histogram} prints them. */
    static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    static List<String> topGrowth(String before, String after, int sessions, int limit) {
        Map<String, long[]> old = parse(before);
        Map<String, long[]> now = parse(after);
        return now.entrySet().stream()
                .map(e -> {
                    long[] was = old.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(limit)
                .map(e -> String.format("%8d B %7.1f instances  %s", e.getValue()[1] / sessions,
                        (double) e.getValue()[0] / sessions, e.getKey()))
                .toList();
    }

    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }
}
