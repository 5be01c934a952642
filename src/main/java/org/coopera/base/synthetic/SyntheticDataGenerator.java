package org.coopera.base.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with a synthetic portfolio for benchmarks: working groups, co-chairs,
 * meetings, biennial programmes, projects and their baselines, with multi-row inserts of a
 * thousand rows. Reproducible: the same seed and sizes give the same rows. Every synthetic
 * record is recognisable (acronyms and codes start with "SYN").
 */
@Component
public class SyntheticDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);
    private static final int BATCH = 1000;
    private static final String[] STATUSES = {"PIPELINE", "IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION",
            "FINALISATION", "CLOSED", "CLOSED", "CANCELLED", "SUSPENDED"};
    private static final String[] HEALTHS = {"ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "OFF_TRACK"};
    private static final String[] THEMES = {"GENDER_EQUALITY", "SOCIAL_ECONOMY", "ENTREPRENEURSHIP", "YOUTH"};

    /** The author of every synthetic status update. */
    static final String SYNTHETIC_AUTHOR = "synthetic";

    private final JdbcClient jdbc;

    SyntheticDataGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a synthetic data set is already in the database. */
    public boolean present() {
        return jdbc.sql("select count(*) from working_group where acronym like 'SYN-%'").query(Long.class).single() > 0;
    }

    /** Creates the data set in one transaction; refuses when one is already there. */
    @Transactional
    public void generate(SyntheticDataProperties size) {
        if (present()) {
            throw new IllegalStateException("Synthetic data already present: use an empty data directory");
        }
        long started = System.nanoTime();
        Random random = new Random(size.seed());
        List<String> countries = jdbc.sql("select code from country order by code").query(String.class).list();
        List<Long> sectors = jdbc.sql("select id from sector where retired = false order by id").query(Long.class).list();

        // one jurisdiction per country used (countries already partners are reused)
        List<String> partnerCountries = countries.subList(0, Math.min(60, countries.size()));
        insert("insert into jurisdiction (country_code, kind, name_fr, name_en) values ", "(?, 'COUNTRY', ?, ?)",
                partnerCountries.size(), i -> new Object[] {partnerCountries.get(i), "SYN " + partnerCountries.get(i),
                        "SYN " + partnerCountries.get(i)});
        List<Long> jurisdictions = ids("select id from jurisdiction where name_fr like 'SYN %' order by id");

        insert("insert into organisation (name, acronym, country_code, type) values ", "(?, ?, ?, ?)",
                size.organisations(), i -> new Object[] {"Organisation synthétique " + i, "SYN" + i,
                        countries.get(random.nextInt(countries.size())), i % 2 == 0 ? "UNIVERSITY" : "MINISTRY"});
        List<Long> organisations = ids("select id from organisation where acronym like 'SYN%' order by id");

        insert("insert into person (full_name, title) values ", "(?, ?)", size.workingGroups() * 2,
                i -> new Object[] {"Personne synthétique " + i, "Coprésidence"});
        List<Long> people = ids("select id from person where full_name like 'Personne synthétique %' order by id");

        insert("insert into working_group (acronym, name_fr, name_en, jurisdiction_id, founded_on, active) values ",
                "(?, ?, ?, ?, ?, true)", size.workingGroups(), i -> new Object[] {String.format("SYN-%04d", i),
                        "Groupe synthétique " + i, "Synthetic group " + i,
                        jurisdictions.get(random.nextInt(jurisdictions.size())),
                        java.sql.Date.valueOf(java.time.LocalDate.of(1970 + random.nextInt(40), 1 + random.nextInt(12), 1))});
        List<Long> groups = ids("select id from working_group where acronym like 'SYN-%' order by id");

        insert("insert into co_chair (working_group_id, side, person_id, title) values ", "(?, ?, ?, ?)",
                groups.size() * 2, i -> new Object[] {groups.get(i / 2), i % 2 == 0 ? "QUEBEC" : "PARTNER",
                        people.get(i), "Coprésidence"});

        int programs = size.workingGroups() * size.programsPerGroup();
        insert("insert into meeting (working_group_id, number, meeting_date, place) values ", "(?, ?, ?, ?)", programs,
                i -> new Object[] {groups.get(i / size.programsPerGroup()), i % size.programsPerGroup() + 1,
                        java.sql.Date.valueOf(java.time.LocalDate.of(1995 + 2 * (i % size.programsPerGroup()), 6, 15)),
                        "Ville " + i});
        insert("insert into program (working_group_id, start_year, end_year, status) values ", "(?, ?, ?, ?)", programs,
                i -> {
                    int start = 1995 + 2 * (i % size.programsPerGroup());
                    return new Object[] {groups.get(i / size.programsPerGroup()), start, start + 2,
                            start + 2 < 2025 ? "COMPLETED" : "IN_PROGRESS"};
                });
        List<Long> programIds = ids("select p.id from program p join working_group g on g.id = p.working_group_id "
                + "where g.acronym like 'SYN-%' order by p.id");

        insert("insert into project (program_id, code, title_fr, title_en, sector_id, lead_org_quebec_id, "
                        + "lead_org_partner_id, start_date, end_date, budget, status, health, illustrative) values ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)", size.projects(), i -> {
                    long program = programIds.get(i % programIds.size());
                    return new Object[] {program, String.format("SYN-%06d", i), "Projet synthétique " + i,
                            "Synthetic project " + i, sectors.get(random.nextInt(sectors.size())),
                            organisations.get(random.nextInt(organisations.size())),
                            organisations.get(random.nextInt(organisations.size())), null, null,
                            random.nextInt(4) == 0 ? null : java.math.BigDecimal.valueOf(random.nextInt(500_000)),
                            STATUSES[random.nextInt(STATUSES.length)], HEALTHS[random.nextInt(HEALTHS.length)]};
                });
        jdbc.sql("""
                insert into project_theme (project_id, theme)
                select id, case mod(id div 10, 4) when 0 then ? when 1 then ? when 2 then ? else ? end
                from project where code like 'SYN-%' and mod(id, 10) = 0""")
                .params(List.of(THEMES)).update();
        // Québec regions: two projects in three have one (by id), one in five of those a second one
        jdbc.sql("""
                insert into project_region (project_id, region_code)
                select id, lpad(mod(id, 17) + 1, 2, '0') from project where code like 'SYN-%' and mod(id, 3) <> 0
                union all
                select id, lpad(mod(id + 5, 17) + 1, 2, '0') from project
                where code like 'SYN-%' and mod(id, 3) <> 0 and mod(id, 5) = 0""").update();
        jdbc.sql("""
                insert into program_baseline (program_id, project_id)
                select program_id, id from project where code like 'SYN-%' and mod(id, 10) <> 7""").update();
        log.info("Synthetic data: {} working groups, {} programmes, {} projects in {} s", groups.size(),
                programIds.size(), size.projects(), (System.nanoTime() - started) / 1_000_000_000);
        generateStatusUpdates(size);
        if (size.bulletins() > 0) {
            generateBulletins(size.bulletins(), size.seed());
        }
    }

    /** Removes the synthetic status updates (for a benchmark that compares an empty table with a full one). */
    @Transactional
    public long removeStatusUpdates() {
        long removed = 0;
        int deleted;
        do {
            deleted = jdbc.sql("delete from status_update where author = ? limit 50000").param(SYNTHETIC_AUTHOR).update();
            removed += deleted;
        } while (deleted > 0);
        jdbc.sql("update project set last_approved_update_date = null where code like 'SYN-%'").update();
        return removed;
    }

    /** Whether the synthetic projects already have their status updates. */
    public boolean statusUpdatesPresent() {
        return jdbc.sql("select exists (select 1 from status_update where author = ?)").param(SYNTHETIC_AUTHOR)
                .query(Boolean.class).single();
    }

    /**
     * Gives every synthetic project the same number of approved status updates (statusUpdates /
     * projects each), dated every 45 days back from 1 January 2026, and sets each project's latest
     * approved date. Built with INSERT ... SELECT, ten thousand projects at a time.
     */
    @Transactional
    public void generateStatusUpdates(SyntheticDataProperties size) {
        if (statusUpdatesPresent()) {
            throw new IllegalStateException("Synthetic status updates already present");
        }
        long started = System.nanoTime();
        int perProject = Math.max(0, size.statusUpdates() / Math.max(1, size.projects()));
        if (perProject == 0) {
            return;
        }
        String sequence = java.util.stream.IntStream.range(0, perProject).mapToObj(n -> "select " + n + " as n")
                .collect(java.util.stream.Collectors.joining(" union all "));
        long[] range = jdbc.sql("select min(id), max(id) from project where code like 'SYN-%'")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long inserted = 0;
        for (long from = range[0]; from <= range[1]; from += 10_000) {
            inserted += jdbc.sql("""
                            insert into status_update (project_id, update_date, status, health, progress_percent,
                                narrative, state, author, created_at, submitted_at, reviewed_by, reviewed_at)
                            select p.id, date_sub('2026-01-01', interval (:per - s.n) * 45 + mod(p.id, 30) day),
                                   p.status, p.health, least(100, (s.n + 1) * 10),
                                   concat('Mise à jour synthétique ', s.n + 1, ' du projet ', p.code, '.'),
                                   'APPROVED', :author, '2026-01-01 08:00:00', '2026-01-01 08:00:00',
                                   'synthetic-reviewer', '2026-01-01 09:00:00'
                            from project p join (%s) s
                            where p.code like 'SYN-%%' and p.id >= :from and p.id < :to""".formatted(sequence))
                    .param("per", perProject).param("author", SYNTHETIC_AUTHOR)
                    .param("from", from).param("to", from + 10_000).update();
        }
        jdbc.sql("""
                update project p join (select project_id, max(update_date) as latest from status_update
                                       where author = ? group by project_id) u on u.project_id = p.id
                set p.last_approved_update_date = u.latest""").param(SYNTHETIC_AUTHOR).update();
        log.info("Synthetic data: {} status updates in {} s", inserted, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Whether synthetic bulletins are in the database. */
    public boolean bulletinsPresent() {
        return jdbc.sql("select count(*) from bulletin where photo_credit = 'SYN'").query(Long.class).single() > 0;
    }

    /** Removes the synthetic bulletins (to generate them again with other sizes). */
    @Transactional
    public void removeBulletins() {
        jdbc.sql("delete s from bulletin_subject s join bulletin b on b.id = s.bulletin_id where b.photo_credit = 'SYN'")
                .update();
        jdbc.sql("delete from bulletin where photo_credit = 'SYN'").update();
    }

    /**
     * Adds news bulletins written from a French vocabulary (accented words included), each attached
     * to one synthetic working group and, one time in two, to one of its programmes. Synthetic
     * bulletins have the photo credit "SYN".
     */
    @Transactional
    public void generateBulletins(int count, long seed) {
        if (bulletinsPresent()) {
            throw new IllegalStateException("Synthetic bulletins already present");
        }
        long started = System.nanoTime();
        Random random = new Random(seed + 6);
        List<long[]> programs = jdbc.sql("""
                        select p.id, p.working_group_id from program p join working_group g on g.id = p.working_group_id
                        where g.acronym like 'SYN-%' order by p.id""")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        long firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from bulletin").query(Long.class).single();
        insert("insert into bulletin (bulletin_date, title, body, language, status, photo_caption, photo_credit) values ",
                "(?, ?, ?, ?, ?, ?, 'SYN')", count, i -> {
                    String[] topic = topic(random);
                    return new Object[] {
                            java.sql.Date.valueOf(java.time.LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365))),
                            words(random, topic, 6 + random.nextInt(6), true), paragraphs(random, topic),
                            random.nextInt(10) == 0 ? "en" : "fr", random.nextInt(20) == 0 ? "DRAFT" : "PUBLISHED",
                            random.nextInt(3) == 0 ? words(random, topic, 8 + random.nextInt(8), true) : null};
                });
        List<Long> ids = ids("select id from bulletin where id >= " + firstId + " and photo_credit = 'SYN' order by id");
        List<long[]> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            chosen.add(programs.get(random.nextInt(programs.size())));
        }
        insert("insert into bulletin_subject (bulletin_id, subject_type, subject_id, working_group_id) values ",
                "(?, 'WORKING_GROUP', ?, ?)", ids.size(), i -> new Object[] {ids.get(i), chosen.get(i)[1], chosen.get(i)[1]});
        insert("insert into bulletin_subject (bulletin_id, subject_type, subject_id, working_group_id) values ",
                "(?, 'PROGRAM', ?, ?)", ids.size() / 2, i -> new Object[] {ids.get(2 * i), chosen.get(2 * i)[0],
                        chosen.get(2 * i)[1]});
        log.info("Synthetic data: {} bulletins in {} s", ids.size(), (System.nanoTime() - started) / 1_000_000_000);
    }

    private static final String[] VOCABULARY = ("coopération éducation culture recherche innovation économie "
            + "québec mexique france bavière wallonie belgique chine japon brésil inde maroc sénégal haïti "
            + "entente programme projet réunion atelier mission délégation ministère université partenariat "
            + "égalité femmes hommes jeunesse environnement énergie eau santé numérique agriculture forêt "
            + "tourisme commerce exportation investissement emploi formation mobilité étudiants chercheurs "
            + "patrimoine musique théâtre cinéma livre festival exposition bilan rapport étape politique mesure "
            + "action plan objectif priorité signature accord protocole visite ministre sous-ministre ambassadeur "
            + "coprésidence groupe travail relations internationales francophonie solidarité gouvernance gestion "
            + "publique sécurité identité prospérité développement durable climat océans nordique autochtones "
            + "réseau laboratoire biotechnologie nanotechnologie aérospatiale transport ville région municipalité "
            + "bibliothèque archives langue française traduction édition médias jeunes entrepreneurs économie sociale "
            + "insertion cohésion équité chances avenir réalisations pistes orientations annonce lancement").split(" ");

    private static final String[] SYLLABLES = {"ba", "co", "di", "fé", "ga", "lo", "mi", "na", "po", "ré", "sa", "tu",
            "va", "zé", "ka", "ju"};

    /**
     * A text on a topic: a few words of the vocabulary (each bulletin has its own ten or so, so a
     * given word is in about one bulletin in twenty, as a subject word is), "Québec" now and then (it
     * is in most real bulletins), and one word in four from a long tail of made-up words.
     */
    private static String words(Random random, String[] topic, int count, boolean capitalise) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word;
            int pick = random.nextInt(20);
            if (pick < 5) {
                int n = random.nextInt(4096);
                word = SYLLABLES[n & 15] + SYLLABLES[(n >> 4) & 15] + SYLLABLES[(n >> 8) & 15] + "ne";
            } else if (pick == 5) {
                word = "québec";
            } else {
                word = topic[random.nextInt(topic.length)];
            }
            text.append(i == 0 ? "" : " ").append(i == 0 && capitalise
                    ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return text.toString();
    }

    private static String[] topic(Random random) {
        String[] topic = new String[8 + random.nextInt(5)];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = VOCABULARY[random.nextInt(VOCABULARY.length)];
        }
        return topic;
    }

    private static String paragraphs(Random random, String[] topic) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 2 + random.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
            body.append(p == 0 ? "" : "\n\n").append(words(random, topic, 20 + random.nextInt(25), true)).append('.');
        }
        return body.toString();
    }

    private List<Long> ids(String sql) {
        return new ArrayList<>(jdbc.sql(sql).query(Long.class).list());
    }

    private void insert(String head, String rowTemplate, int rows, IntFunction<Object[]> row) {
        for (int start = 0; start < rows; start += BATCH) {
            int end = Math.min(rows, start + BATCH);
            StringBuilder sql = new StringBuilder(head);
            List<Object> params = new ArrayList<>();
            for (int i = start; i < end; i++) {
                sql.append(i == start ? "" : ",").append(rowTemplate);
                params.addAll(java.util.Arrays.asList(row.apply(i)));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }
}
