package org.coopera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.coopera.base.synthetic.SyntheticDataGenerator;
import org.coopera.base.synthetic.SyntheticDataProperties;
import org.coopera.report.ReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report generation speed and memory (issue 8): the 24-project GTQM 2013-2015 report (demo data in
 * the benchmark set) and a 1,000-project programme of the synthetic portfolio, per format (PDF and
 * DOCX, French). The synthetic set has 50 projects per programme, so the 1,000-project programme is
 * made inside a transaction that is rolled back afterwards (1,000 synthetic projects moved into a new
 * programme of SYN-0100, their status-update narratives lengthened to a paragraph): the shared data
 * set is left as it was. Times: median and p95; memory, on one more run: heap used after a full GC
 * before it, the live heap's growth (a full GC every 200 ms during the run, then the heap used; the
 * target applies to it), the heap pools' peaks (garbage between collections included) and the bytes
 * allocated by the generating thread; SQL statements per report (MariaDB's Questions
 * counter). Targets: at most 3 s per format for 24 projects, at most 30 s per format and heap growth
 * under 256 MB for 1,000 projects. Results in target/benchmark/report.md. Run with
 * {@code flock /tmp/coopera-benchmark.lock ./mvnw verify -Pbenchmark -Dit.test=ReportBenchmarkIT}.
 */
@BenchmarkTest
@WithMockUser(roles = "MANAGER")
class ReportBenchmarkIT {

    private static final int BIG = 1_000;
    private static final double MB = 1024.0 * 1024.0;
    private static final String NARRATIVE = " Les partenaires québécois et mexicains ont tenu leur atelier conjoint, "
            + "échangé des chercheurs et préparé la publication commune des résultats ; la prochaine étape prévoit "
            + "un séminaire à Guadalajara, l’accueil de deux doctorants à Montréal et le dépôt d’une demande de "
            + "financement conjointe auprès des organismes subventionnaires des deux États. Budget engagé : 45 000 €.";

    @Autowired
    SyntheticDataGenerator generator;

    @Autowired
    ReportService reports;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void programmeReportsOf24And1000Projects() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, 1_000_000, 0));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Programme progress report generation, French, on this machine (times in ms; memory in MB):");
        lines.add("");
        lines.add("| programme | format | runs | median | p95 | document | SQL statements | heap after GC before | "
                + "live heap growth (peak, full GC every 200 ms) | retained after | heap pools' peak growth "
                + "(garbage included) | allocated by the thread |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");

        long gtqm = jdbc.sql("""
                        select p.id from program p join working_group wg on wg.id = p.working_group_id
                        where wg.acronym = 'GTQM' and p.start_year = 2013""").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from project where program_id = ?").param(gtqm).query(Long.class).single())
                .isEqualTo(24);
        Result pdf24 = measure("GTQM 2013-2015 (24)", "PDF", 3, 15, () -> reports.programReportPdf(gtqm, Locale.FRENCH), lines);
        Result docx24 = measure("GTQM 2013-2015 (24)", "DOCX", 3, 15, () -> reports.programReportDocx(gtqm, Locale.FRENCH), lines);

        List<Result> big = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long program = bigProgramme();
            big.add(measure("synthetic (1,000)", "PDF", 1, 3, () -> reports.programReportPdf(program, Locale.FRENCH), lines));
            big.add(measure("synthetic (1,000)", "DOCX", 1, 3, () -> reports.programReportDocx(program, Locale.FRENCH), lines));
        });

        Path out = Path.of("target", "benchmark", "report.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);

        assertThat(pdf24.median).as("24-project PDF, median ms").isLessThan(3_000);
        assertThat(docx24.median).as("24-project DOCX, median ms").isLessThan(3_000);
        for (Result r : big) {
            assertThat(r.median).as("1,000-project report, median ms").isLessThan(30_000);
            assertThat(r.heapGrowthMb).as("1,000-project report, heap growth MB").isLessThan(256);
        }
    }

    /** A new programme of SYN-0100 holding 1,000 synthetic projects (adopted list too), inside the caller's transaction. */
    private long bigProgramme() {
        long group = jdbc.sql("""
                        select coalesce((select id from working_group where acronym = 'SYN-0100'),
                                        (select min(id) from working_group))""").query(Long.class).single();
        jdbc.sql("insert into program (working_group_id, start_year, end_year, status, priorities) values (?, 2041, 2043, 'IN_PROGRESS', ?)")
                .params(group, "Benchmark: a programme of 1,000 projects.").update();
        long program = jdbc.sql("select id from program where working_group_id = ? and start_year = 2041")
                .param(group).query(Long.class).single();
        long synthetic = jdbc.sql("select count(*) from project where code like 'SYN-%'").query(Long.class).single();
        if (synthetic >= BIG) {
            jdbc.sql("""
                            update project set program_id = ? where id in (
                                select id from (select id from project where code like 'SYN-%' order by id limit ?) chosen)""")
                    .params(program, BIG).update();
        } else {
            createProjects(program);
        }
        jdbc.sql("delete from program_baseline where project_id in (select id from project where program_id = ?)")
                .param(program).update();
        jdbc.sql("insert into program_baseline (program_id, project_id) select program_id, id from project where program_id = ?")
                .param(program).update();
        jdbc.sql("""
                        update status_update set narrative = concat(narrative, ?)
                        where project_id in (select id from project where program_id = ?)""")
                .params(NARRATIVE, program).update();
        assertThat(jdbc.sql("select count(*) from project where program_id = ?").param(program).query(Long.class).single())
                .isEqualTo(BIG);
        return program;
    }

    /**
     * Without the synthetic portfolio (a plain demo database): 1,000 projects spread over the sectors
     * with ten approved status updates each.
     */
    private void createProjects(long program) {
        jdbc.sql("""
                        insert into project (program_id, code, title_fr, title_en, sector_id, lead_org_quebec_id,
                            lead_org_partner_id, status, health, illustrative)
                        select ?, concat('BIG-', lpad(s.seq, 5, '0')),
                               concat('Projet de référence ', s.seq, ' — coopération scientifique et culturelle'),
                               concat('Reference project ', s.seq, ' — scientific and cultural cooperation'),
                               sec.id, (select min(id) from organisation), (select max(id) from organisation),
                               'IMPLEMENTATION', 'ON_TRACK', true
                        from (select a.d * 100 + b.d * 10 + c.d + 1 as seq from (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) a, (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) b, (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) c) s
                        join (select id, row_number() over (order by id) - 1 as k, count(*) over () as n from sector) sec
                          on sec.k = mod(s.seq, sec.n)""")
                .param(program).update();
        jdbc.sql("""
                        insert into status_update (project_id, update_date, status, health, progress_percent, narrative,
                            state, author, created_at, submitted_at, reviewed_by, reviewed_at)
                        select p.id, date_sub('2026-01-01', interval n.seq * 45 day), p.status, p.health,
                               least(100, (11 - n.seq) * 10), concat('Mise à jour ', 11 - n.seq, '.'), 'APPROVED',
                               'benchmark', '2026-01-01 08:00:00', '2026-01-01 08:00:00', 'benchmark', '2026-01-01 09:00:00'
                        from project p join (select d + 1 as seq from (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) x) n
                        where p.program_id = ?""")
                .param(program).update();
    }

    private record Result(double median, double heapGrowthMb) {
    }

    private Result measure(String programme, String format, int warmUp, int runs, Supplier<byte[]> report,
                           List<String> lines) {
        for (int i = 0; i < warmUp; i++) {
            report.get();
        }
        long[] times = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = report.get().length;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        long statementsBefore = questions();
        report.get();
        long statements = questions() - statementsBefore - 1;

        // memory of one more run: heap used after a full GC before it, the live heap during it (a full GC
        // every 200 ms, then the heap used), the highest heap use between GCs (garbage included: the
        // heap pools' peaks), and the bytes the generating thread allocated
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong livePeak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                if (running.get()) {
                    System.gc();
                    livePeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                }
            }
        });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        sampler.start();
        byte[] kept = report.get();
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double growth = (livePeak.get() - before) / MB;
        lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | %.0f KB | %d | %.0f | %.0f | %.0f | %.0f | %.0f |",
                programme, format, runs, times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                size / 1024.0, statements, before / MB, growth, (after - before) / MB, (poolPeaks - before) / MB,
                allocated / MB));
        assertThat(kept).isNotEmpty();
        return new Result(times[runs / 2] / 1e6, growth);
    }

    private long questions() {
        return Benchmarks.statementsSent(jdbc);
    }
}
