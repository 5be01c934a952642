import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster test's client (run by src/test/cluster/cluster.sh with `java ClusterLoad.java`).
 *
 *   load   BASE TOKEN RUN USERS SECONDS PHASE_FILE OUT_DIR   simulated users writing and reading people
 *   verify BASE TOKEN RUN OUT_DIR                             every acknowledged write is there, once
 *
 * Each user loops: add a person (POST /api/v1/people), read it back, list a page, with 50 ms of
 * think time. Every request is written to OUT_DIR/requests.csv with the phase named in PHASE_FILE
 * at that moment (the script writes the fault it is causing there); every 201 goes to the ledger.
 */
public class ClusterLoad {

    record Result(long startMs, long endMs, String phase, String kind, int status) {
    }

    static volatile String phase = "start";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]), Path.of(args[7]));
            case "verify" -> System.exit(verify(args[1], args[2], args[3], Path.of(args[4])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    }

    static HttpRequest.Builder request(String base, String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest");
    }

    static void load(String base, String token, String run, int users, int seconds, Path phaseFile, Path out)
            throws Exception {
        Files.createDirectories(out);
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        var results = new ConcurrentLinkedQueue<Result>();
        var ledger = new ConcurrentLinkedQueue<String>();
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                try {
                    phase = Files.exists(phaseFile) ? Files.readString(phaseFile).trim() : "start";
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.add(Thread.ofPlatform().start(() -> {
                HttpClient http = client();
                int n = 0;
                while (System.currentTimeMillis() < end && !"end".equals(phase)) {
                    String name = "cl-" + run + "-u" + user + "-" + (n++);
                    long id = timed(results, "write", () -> http.send(request(base, token, "/api/v1/people")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"" + name + "\",\"title\":\"cluster\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString()), ledger, name);
                    if (id > 0) {
                        timed(results, "read", () -> http.send(request(base, token, "/api/v1/people/" + id).GET().build(),
                                HttpResponse.BodyHandlers.ofString()), null, null);
                    }
                    timed(results, "list", () -> http.send(request(base, token, "/api/v1/people?size=20&q=cl-" + run + "-u" + user + "-")
                            .GET().build(), HttpResponse.BodyHandlers.ofString()), null, null);
                    sleep(50);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        watcher.interrupt();
        try (var csv = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv")))) {
            csv.println("start_ms,end_ms,phase,kind,status");
            for (Result r : results) {
                csv.println((r.startMs - start) + "," + (r.endMs - start) + "," + r.phase + "," + r.kind + "," + r.status);
            }
        }
        Files.write(out.resolve("ledger.csv"), ledger);
        summary(new ArrayList<>(results), start, out);
    }

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Runs one request; returns the created id for a 201 (and records it in the ledger), else 0. */
    static long timed(ConcurrentLinkedQueue<Result> results, String kind, Call call,
                      ConcurrentLinkedQueue<String> ledger, String name) {
        String at = phase;
        long t0 = System.currentTimeMillis();
        int status;
        long id = 0;
        try {
            HttpResponse<String> response = call.send();
            status = response.statusCode();
            if (status == 201 && ledger != null) {
                Matcher m = ID.matcher(response.body());
                if (m.find()) {
                    id = Long.parseLong(m.group(1));
                    ledger.add(id + "," + name);
                }
            }
        } catch (Exception e) {
            status = 0;     // no answer: connection refused, reset or timed out
        }
        results.add(new Result(t0, System.currentTimeMillis(), at, kind, status));
        return id;
    }

    static void summary(List<Result> results, long start, Path out) throws IOException {
        results.sort((a, b) -> Long.compare(a.startMs, b.startMs));
        Map<String, List<Result>> byPhase = new LinkedHashMap<>();
        for (Result r : results) {
            byPhase.computeIfAbsent(r.phase, p -> new ArrayList<>()).add(r);
        }
        var text = new StringBuilder("phase,requests,failed,error_rate_pct,writes_ok,writes_per_s,p95_ms,outage_s\n");
        for (var entry : byPhase.entrySet()) {
            List<Result> rs = entry.getValue();
            long failed = rs.stream().filter(r -> !ok(r)).count();
            long writesOk = rs.stream().filter(r -> r.kind.equals("write") && ok(r)).count();
            double span = Math.max(1, rs.getLast().endMs - rs.getFirst().startMs) / 1000.0;
            List<Long> latencies = rs.stream().filter(ClusterLoad::ok).map(r -> r.endMs - r.startMs).sorted().toList();
            long p95 = latencies.isEmpty() ? -1 : latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.95) - 1));
            // outage: from the first failed request to the first success after the last failed one
            double outage = 0;
            if (failed > 0) {
                long firstFail = rs.stream().filter(r -> !ok(r)).mapToLong(r -> r.startMs).min().orElse(0);
                long lastFail = rs.stream().filter(r -> !ok(r)).mapToLong(r -> r.endMs).max().orElse(0);
                long recovered = results.stream().filter(r -> ok(r) && r.endMs >= lastFail).mapToLong(r -> r.endMs).min()
                        .orElse(lastFail);
                outage = (recovered - firstFail) / 1000.0;
            }
            text.append(String.format(java.util.Locale.ROOT, "%s,%d,%d,%.2f,%d,%.1f,%d,%.1f%n", entry.getKey(), rs.size(),
                    failed, 100.0 * failed / rs.size(), writesOk, writesOk / span, p95, outage));
        }
        Files.writeString(out.resolve("summary.csv"), text);
        System.out.print(text);
    }

    static boolean ok(Result r) {
        return r.status >= 200 && r.status < 300;
    }

    static int verify(String base, String token, String run, Path out) throws Exception {
        HttpClient http = client();
        List<String> ledger = Files.readAllLines(out.resolve("ledger.csv"));
        int lost = 0;
        for (String line : ledger) {
            String[] parts = line.split(",", 2);
            HttpResponse<String> response = retry(() -> http.send(request(base, token, "/api/v1/people/" + parts[0]).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (response.statusCode() != 200 || !response.body().contains("\"" + parts[1] + "\"")) {
                lost++;
                System.out.println("LOST " + line + " -> " + response.statusCode());
            }
        }
        Map<String, Integer> names = new HashMap<>();
        for (int page = 0; ; page++) {
            int p = page;
            HttpResponse<String> response = retry(() -> http.send(request(base, token,
                    "/api/v1/people?size=100&page=" + p + "&q=cl-" + run + "-").GET().build(), HttpResponse.BodyHandlers.ofString()));
            Matcher m = Pattern.compile("\"fullName\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            int found = 0;
            while (m.find()) {
                names.merge(m.group(1), 1, Integer::sum);
                found++;
            }
            if (found < 100) {
                break;
            }
        }
        long duplicates = names.values().stream().filter(c -> c > 1).count();
        String verdict = String.format("acknowledged_writes=%d lost=%d stored_rows=%d duplicates=%d%n", ledger.size(), lost,
                names.values().stream().mapToInt(Integer::intValue).sum(), duplicates);
        Files.writeString(out.resolve("verify.txt"), verdict);
        System.out.print(verdict);
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    static HttpResponse<String> retry(Call call) throws Exception {
        Exception last = null;
        for (int i = 0; i < 5; i++) {
            try {
                HttpResponse<String> response = call.send();
                if (response.statusCode() < 500) {
                    return response;
                }
            } catch (IOException e) {
                last = e;
            }
            sleep(1000);
        }
        throw last != null ? last : new IOException("server kept failing");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
