package org.coopera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.coopera.base.export.ExportFormat;
import org.coopera.base.export.TableExport;
import org.coopera.base.synthetic.SyntheticDataGenerator;
import org.coopera.base.synthetic.SyntheticDataProperties;
import org.coopera.exchange.ImportPreview;
import org.coopera.exchange.ImportRefusedException;
import org.coopera.exchange.ImportResult;
import org.coopera.exchange.ProjectImportService;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ui.ProjectListExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing 10,000 valid rows (new projects, every column filled in, organisations matched by name)
 * into a programme of the 100,000-project benchmark data set: preview, then confirmation, as CSV
 * and as XLSX; then 10,000 changes to the same projects; and how fast a 100,000-row file is refused.
 * Target: preview + confirmation at most 20 s. The projects are deleted after each run. Results in
 * target/benchmark/project-import.md; run with
 * {@code flock /tmp/coopera-benchmark.lock ./mvnw verify -Pbenchmark -Dit.test=ProjectImportBenchmarkIT}.
 */
@BenchmarkTest
class ProjectImportBenchmarkIT {

    private static final int ROWS = 10_000;
    private static final int RUNS = 3;
    private static final String ACRONYM = "BENCH-IMP";
    private static final String HEADER = "Code;Programmation;Titre (français);Titre (anglais);Secteur;"
            + "Pays ou juridiction partenaire;Responsable québécois;Responsable partenaire;Date de début;Date de fin;"
            + "Budget ($ CA);Statut;État;Thèmes;Description";

    @Autowired
    SyntheticDataGenerator generator;
    @Autowired
    ProjectImportService imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectBatchService batch;
    @Autowired
    MessageSource messages;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tenThousandRows() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, 1_000_000, 0));
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        long program = benchProgramme();
        removeImported(program);
        String country = jdbc.sql("""
                        select c.name_fr from working_group g join jurisdiction j on j.id = g.jurisdiction_id
                        join country c on c.code = j.country_code where g.acronym = :a""")
                .param("a", ACRONYM).query(String.class).single();
        List<String> organisations = jdbc.sql("select name from organisation where acronym like 'SYN%' order by id limit 50")
                .query(String.class).list();
        List<String> sectorCodes = jdbc.sql("select code from sector where retired = false order by id")
                .query(String.class).list();

        List<String> lines = new ArrayList<>();
        lines.add("Importing " + ROWS + " valid rows into a programme of the " + count("select count(*) from project")
                + "-project data set, signed in as an administrator; " + RUNS + " runs each (times in ms):");
        lines.add("");
        lines.add("| file | step | median | max | SQL statements (one run) |");
        lines.add("|---|---|---|---|---|");
        String csv = rows(country, organisations, sectorCodes, "");
        byte[] csvBytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        byte[] xlsxBytes = xlsx(csv);
        measure("CSV (" + csvBytes.length / 1024 + " KB), new projects", "projects.csv", csvBytes, program, true, lines);
        measure("XLSX (" + xlsxBytes.length / 1024 + " KB), new projects", "projects.xlsx", xlsxBytes, program, true, lines);

        // changes: the same 10,000 projects, a new English title and budget each
        ImportResult first = imports.confirm(imports.preview("projects.csv", csvBytes, Locale.FRENCH), false);
        assertThat(first.created()).isEqualTo(ROWS);
        byte[] changes = ("\uFEFF" + rows(country, organisations, sectorCodes, " (révisé)")).getBytes(StandardCharsets.UTF_8);
        measure("CSV, changes to existing projects", "changes.csv", changes, program, false, lines);
        removeImported(program);

        // a 100,000-row file is refused as soon as the row after the limit is read
        byte[] big = xlsx(bigRows());
        long[] refusal = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> imports.preview("big.xlsx", big, Locale.FRENCH))
                    .isInstanceOf(ImportRefusedException.class);
            refusal[i] = System.nanoTime() - start;
        }
        Arrays.sort(refusal);
        lines.add(String.format(Locale.ROOT, "| XLSX, 100,000 rows (%d KB), limit %d | refused | %.0f | %.0f | 0 |",
                big.length / 1024, imports.maxRows(), refusal[RUNS / 2] / 1e6, refusal[RUNS - 1] / 1e6));

        // export of the whole unfiltered list (every project of the data set), read 2,000 rows per statement
        lines.add("");
        lines.add("| export of the whole list | rows | ms | size |");
        lines.add("|---|---|---|---|");
        for (ExportFormat format : ExportFormat.values()) {
            long q0 = questions();
            long start = System.nanoTime();
            TableExport table = ProjectListExport.table(batch, ProjectFilter.none(), List.of(), Locale.FRENCH,
                    (key, args) -> messages.getMessage(key, args, Locale.FRENCH));
            byte[] bytes = format.toBytes(List.of(table), Locale.FRENCH);
            long elapsed = System.nanoTime() - start;
            lines.add(String.format(Locale.ROOT, "| %s (%d SQL statements) | %d | %.0f | %d KB |", format,
                    questions() - q0, table.rows().size(), elapsed / 1e6, bytes.length / 1024));
        }

        Path out = Path.of("target", "benchmark", "project-import.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private void measure(String label, String name, byte[] content, long program, boolean creates, List<String> lines) {
        long[] preview = new long[RUNS];
        long[] confirm = new long[RUNS];
        long[] statements = new long[2];
        for (int i = 0; i < RUNS; i++) {
            long q0 = questions();
            long start = System.nanoTime();
            ImportPreview result = imports.preview(name, content, Locale.FRENCH);
            preview[i] = System.nanoTime() - start;
            long q1 = questions();
            assertThat(result.errors()).as("errors").isEmpty();
            assertThat(creates ? result.creates() : result.updates()).hasSize(ROWS);
            start = System.nanoTime();
            imports.confirm(result, false);
            confirm[i] = System.nanoTime() - start;
            long q2 = questions();
            statements[0] = q1 - q0;
            statements[1] = q2 - q1;
            if (creates) {
                removeImported(program);
            } else if (i < RUNS - 1) {
                // back to the first version, so that the next run changes every row again
                jdbc.sql("update project set title_en = replace(title_en, ' (révisé)', ''), "
                        + "budget = budget - 1 where program_id = :p").param("p", program).update();
            }
        }
        long[] total = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = preview[i] + confirm[i];
        }
        row(lines, label, "preview", preview, statements[0]);
        row(lines, label, "confirmation (one transaction)", confirm, statements[1]);
        row(lines, label, "preview + confirmation", total, statements[0] + statements[1]);
    }

    private static void row(List<String> lines, String label, String step, long[] times, long statements) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        lines.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %d |", label, step, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6, statements));
    }

    private String rows(String country, List<String> organisations, List<String> sectors, String revised) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "BI-%05d;%s 2030-2032;Projet importé %d;Imported project %d%s;%s;%s;%s;%s;"
                            + "2030-0%d-01;2032-06-30;%d;%s;%s;%s;Description du projet importé %d\r\n",
                    i, ACRONYM, i, i, revised, sectors.get(i % sectors.size()), country,
                    organisations.get(i % organisations.size()), organisations.get((i * 7) % organisations.size()),
                    1 + i % 9, 10_000 + i + (revised.isEmpty() ? 0 : 1),
                    i % 3 == 0 ? "En cours" : "En préparation", i % 5 == 0 ? "À risque" : "Conforme au plan",
                    i % 4 == 0 ? "Jeunesse, Environnement" : "", i));
        }
        return csv.toString();
    }

    private static String bigRows() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 100_000; i++) {
            csv.append("BIG-").append(i).append(';').append(ACRONYM).append(" 2030-2032;Titre;Title;CUL;;;;;;;;;;\r\n");
        }
        return csv.toString();
    }

    private static byte[] xlsx(String csv) throws IOException {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Projets");
            int r = 0;
            for (String line : csv.split("\r\n")) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The benchmark's own working group and programme (2030-2032), made once. */
    private long benchProgramme() {
        if (count("select count(*) from working_group where acronym = '" + ACRONYM + "'") == 0) {
            long jurisdiction = jdbc.sql("select min(id) from jurisdiction where kind = 'COUNTRY'")
                    .query(Long.class).single();
            jdbc.sql("insert into working_group (acronym, name_fr, name_en, jurisdiction_id, founded_on, active, version) "
                    + "values (:a, 'Banc d’essai import', 'Import benchmark', :j, '2020-01-01', true, 0)")
                    .param("a", ACRONYM).param("j", jurisdiction).update();
            jdbc.sql("insert into program (working_group_id, start_year, end_year, status, version) "
                    + "select id, 2030, 2032, 'ADOPTED', 0 from working_group where acronym = :a")
                    .param("a", ACRONYM).update();
        }
        return jdbc.sql("select p.id from program p join working_group g on g.id = p.working_group_id "
                + "where g.acronym = :a and p.start_year = 2030").param("a", ACRONYM).query(Long.class).single();
    }

    private void removeImported(long program) {
        String ids = "select id from project where program_id = " + program;
        jdbc.sql("delete from project_theme where project_id in (" + ids + ")").update();
        jdbc.sql("delete from project_partner where project_id in (" + ids + ")").update();
        jdbc.sql("delete from project_theme_aud where project_id in (" + ids + ")").update();
        jdbc.sql("delete from project_partner_aud where project_id in (" + ids + ")").update();
        jdbc.sql("delete from project_aud where id in (" + ids + ")").update();
        jdbc.sql("delete from project where program_id = " + program).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long questions() {
        return Benchmarks.statementsSent(jdbc);
    }
}
