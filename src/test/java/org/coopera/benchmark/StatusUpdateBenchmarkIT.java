package org.coopera.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coopera.base.synthetic.SyntheticDataGenerator;
import org.coopera.base.synthetic.SyntheticDataProperties;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateDraft;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Logging a status update (an officer of the project's working group saves and submits it, a
 * manager approves it) with an empty status-update table and with 1,000,000 updates, on the same
 * 100,000 synthetic projects; also the project's timeline read after it. A measurement, reported
 * in the README: no time is asserted. Run with
 * {@code ./mvnw verify -Pbenchmark}; results in target/benchmark/status-updates.md.
 */
@BenchmarkTest
class StatusUpdateBenchmarkIT {

    private static final int WARM_UP = 5;
    private static final int RUNS = 41;
    private static final int UPDATES = 1_000_000;

    @Autowired
    SyntheticDataGenerator generator;
    @Autowired
    StatusUpdateService updates;
    @Autowired
    JdbcClient jdbc;

    private int next;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void loggingAnUpdateIsAsFastOnAMillionUpdatesAsOnNone() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000));
        }
        jdbc.sql("delete from status_update where author = 'bench-officer'").update();
        // the benchmark's officer is assigned to every synthetic working group, as an officer is to theirs
        jdbc.sql("insert ignore into working_group_officer (working_group_id, username) "
                + "select id, 'bench-officer' from working_group where acronym like 'SYN-%'").update();
        if (generator.statusUpdatesPresent()) {
            generator.removeStatusUpdates();
        }
        List<Long> projects = jdbc.sql("select id from project where code like 'SYN-%' and mod(id, 997) = 0 order by id")
                .query(Long.class).list();

        List<String> lines = new ArrayList<>();
        lines.add("Logging a status update on 100,000 synthetic projects: save and submit (officer), then approve "
                + "(manager); " + RUNS + " runs after " + WARM_UP + " warm-up runs, each on another project (times in ms):");
        lines.add("");
        lines.add("| status updates in the table | step | median | p95 |");
        lines.add("|---|---|---|---|");
        measure(count() + " (empty)", projects, lines);

        generator.generateStatusUpdates(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, UPDATES, 0));
        settle();
        measure(String.valueOf(count()), projects, lines);

        Path out = Path.of("target", "benchmark", "status-updates.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /** Waits (at most two minutes) until InnoDB has written the bulk insert's pages, so that both runs start alike. */
    private void settle() {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.sql("show global status like 'Innodb_buffer_pool_pages_dirty'")
                .query((rs, row) -> rs.getLong(2)).single() > 1000) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from status_update").query(Long.class).single();
    }

    private void measure(String label, List<Long> projects, List<String> lines) {
        for (int i = 0; i < WARM_UP; i++) {
            logOne(projects, new long[3][1], 0);
        }
        long[][] times = new long[3][RUNS];
        for (int i = 0; i < RUNS; i++) {
            logOne(projects, times, i);
        }
        String[] steps = {"save and submit", "approve", "timeline of the project"};
        for (int step = 0; step < steps.length; step++) {
            Arrays.sort(times[step]);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f |", label, steps[step],
                    times[step][RUNS / 2] / 1e6, times[step][(int) Math.ceil(RUNS * 0.95) - 1] / 1e6));
        }
    }

    private void logOne(List<Long> projects, long[][] times, int run) {
        long project = projects.get(next++ % projects.size());
        signIn("bench-officer", "OFFICER");
        long start = System.nanoTime();
        StatusUpdateRecord saved = updates.save(project, null, 0, new StatusUpdateDraft(LocalDate.now(),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 50, "Mise à jour de banc d’essai.", null,
                "Banc d’essai"), List.of(), List.of(), true);
        times[0][run] = System.nanoTime() - start;
        signIn("bench-manager", "MANAGER");
        start = System.nanoTime();
        updates.approve(saved.id(), saved.version());
        times[1][run] = System.nanoTime() - start;
        start = System.nanoTime();
        updates.timeline(project);
        times[2][run] = System.nanoTime() - start;
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
