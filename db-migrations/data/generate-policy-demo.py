# Generates db-migrations/demo/0020-politique-internationale.yaml (run from the repository root: python3 db-migrations/data/generate-policy-demo.py)
PDF_SIZE = 2 * 1024 * 1024  # "Rapport d'étape 2007-2008 (2 Mo)"

def pdf_parts(total):
    text = b"BT /F1 18 Tf 72 720 Td (Rapport d'etape 2007-2008) Tj 0 -28 Td (Politique internationale du Quebec - bilan de l'an II) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    # object 6: an unreferenced stream of spaces that brings the file to the announced size
    offsets.append(len(out))
    def suffix_for(pad):
        start = len(out) + len(b"6 0 obj\n<< /Length %d >>\nstream\n" % pad)
        tail = b"\nendstream\nendobj\n"
        xref_at = start + pad + len(tail)
        xref = b"xref\n0 7\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
        trailer = b"trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
        return tail + xref + trailer
    pad = total - len(out) - 200
    for _ in range(5):
        head = out + b"6 0 obj\n<< /Length %d >>\nstream\n" % pad
        suf = suffix_for(pad)
        pad += total - (len(head) + pad + len(suf))
    head = out + b"6 0 obj\n<< /Length %d >>\nstream\n" % pad
    suf = suffix_for(pad)
    assert len(head) + pad + len(suf) == total
    return head, pad, suf

head, pad, suf = pdf_parts(PDF_SIZE)
content_sql = "CONCAT(UNHEX('%s'), REPEAT(' ', %d), UNHEX('%s'))" % (head.hex().upper(), pad, suf.hex().upper())

def q(s):
    return "'" + s.replace("'", "''") + "'"

orgs = [
    ("Ministère des Relations internationales", "MRI", "CA", "MINISTRY"),
    ("Ministère du Développement économique, de l’Innovation et de l’Exportation", "MDEIE", "CA", "MINISTRY"),
    ("Ministère de la Culture, des Communications et de la Condition féminine", "MCCCF", "CA", "MINISTRY"),
    ("Ministère de la Sécurité publique", "MSP", "CA", "MINISTRY"),
    ("Société de l’assurance automobile du Québec", "SAAQ", "CA", "OTHER"),
    ("Agence canadienne de développement international", "ACDI", "CA", "MINISTRY"),
    ("Gouvernement de la République d’Haïti", None, "HT", "MINISTRY"),
    ("Organisation des Nations Unies pour l’éducation, la science et la culture", "UNESCO", "FR", "INTERNATIONAL_ORGANISATION"),
]

objectives = [
    (1, "Renforcer la capacité d’action et d’influence de l’État québécois",
        "Strengthen the Québec State’s capacity for action and influence"),
    (2, "Favoriser la croissance et la prospérité du Québec", "Foster Québec’s growth and prosperity"),
    (3, "Contribuer à la sécurité du Québec et du continent nord-américain",
        "Contribute to the security of Québec and the North American continent"),
    (4, "Promouvoir l’identité et la culture du Québec", "Promote Québec’s identity and culture"),
    (5, "Contribuer à l’effort de solidarité internationale", "Contribute to the international solidarity effort"),
]

# code, objective, title fr, title en, lead acronym, partners, description, expected result, status,
# illustrative, 2007-2008 status, 2007-2008 narrative (None: not reported), evidence
measures = [
    ("1.1", 1, "Représentation du Québec au sein de la Délégation permanente du Canada à l’UNESCO",
     "Québec’s representative within Canada’s Permanent Delegation to UNESCO", "MRI", ["UNESCO"],
     "Un représentant du Québec siège au sein de la Délégation permanente du Canada à l’UNESCO.",
     "Le Québec est associé aux travaux de l’UNESCO et intervient dans les secteurs qui relèvent de ses compétences.",
     "IN_PROGRESS", False, "IN_PROGRESS",
     "Le représentant du Québec au sein de la Délégation permanente du Canada à l’UNESCO a été associé aux travaux de l’organisation et il a pu intervenir dans les secteurs qui relèvent des compétences du Québec.",
     []),
    ("1.2", 1, "Ouverture d’un bureau du Québec à São Paulo", "Opening of a Québec office in São Paulo", "MRI", [],
     "Redéploiement du réseau du Québec à l’étranger prévu au Plan d’action 2006-2009.",
     "Un bureau du Québec ouvert à São Paulo (Brésil).", "DONE", False, "DONE",
     "Ouverture d’un bureau à São Paulo, qui complète le redéploiement du réseau du Québec à l’étranger prévu dans le Plan d’action 2006-2009.",
     []),
    ("1.3", 1, "Nomination d’un nouveau chef de poste à Mumbai", "Appointment of a new head of post in Mumbai", "MRI", [],
     "Redéploiement du réseau du Québec à l’étranger prévu au Plan d’action 2006-2009.",
     "Un chef de poste du Québec en fonction à Mumbai (Inde).", "DONE", False, "DONE",
     "Nomination d’un nouveau chef de poste à Mumbai, qui complète le redéploiement du réseau du Québec à l’étranger.",
     []),
    ("1.4", 1, "Rehaussement de la présence du Québec aux États-Unis, en Europe et en Asie",
     "Stronger presence of Québec in the United States, Europe and Asia", "MRI", [],
     "Redéploiement du réseau du Québec à l’étranger prévu au Plan d’action 2006-2009.",
     "Une présence accrue du réseau du Québec aux États-Unis, en Europe et en Asie.", "DONE", False, "DONE",
     "Rehaussement de la présence du Québec aux États-Unis, en Europe et en Asie, qui complète le redéploiement du réseau du Québec à l’étranger prévu dans le Plan d’action 2006-2009.",
     []),
    ("2.1", 2, "Missions économiques sur des marchés porteurs (Mexique, Japon, Chine, Brésil)",
     "Economic missions to promising markets (Mexico, Japan, China, Brazil)", "MDEIE", ["MRI"],
     "Missions économiques menées sur des marchés porteurs, tels que le Mexique, le Japon, la Chine et le Brésil.",
     "Une coopération scientifique et technologique accrue avec ces pays.", "IN_PROGRESS", False, "DONE",
     "Plusieurs missions économiques menées sur des marchés porteurs, tels que le Mexique, le Japon, la Chine et le Brésil, ont notamment permis d’accroître la coopération scientifique et technologique avec ces pays.",
     []),
    ("3.1", 3, "Permis de conduire amélioré comme alternative au passeport pour entrer aux États-Unis",
     "Enhanced driver’s licence as an alternative to the passport for entering the United States", "SAAQ", ["MSP", "MRI"],
     "Négociations afin que le permis de conduire puisse être amélioré et ainsi utilisé comme alternative au passeport pour entrer aux États-Unis.",
     "Un permis de conduire amélioré accepté à la frontière des États-Unis.", "IN_PROGRESS", False, "IN_PROGRESS",
     "Le Québec a intensifié ses efforts et les négociations afin que le permis de conduire puisse être amélioré et ainsi utilisé comme alternative au passeport pour entrer aux États-Unis.",
     []),
    ("4.1", 4, "Diffusion et circulation des œuvres culturelles québécoises à l’étranger",
     "Circulation of Québec cultural works abroad", "MCCCF", ["MRI"],
     "Crédits alloués à la diffusion et à la circulation des œuvres culturelles.",
     "Des événements importants qui font connaître la culture québécoise à l’étranger.", "IN_PROGRESS", False, "DONE",
     "Les crédits alloués à la diffusion et à la circulation des œuvres culturelles ont permis la réalisation d’événements importants, notamment les vitrines du Québec en Italie et en Flandre (Belgique).",
     []),
    ("5.1", 5, "Projet d’appui au renforcement de la gestion publique en Haïti",
     "Project to support the strengthening of public management in Haiti", "ENAP", ["MRI", "ACDI", "Gouvernement de la République d’Haïti"],
     "Projet issu du Centre de valorisation internationale de l’expertise publique québécoise, rattaché à l’ÉNAP, mis en œuvre à la suite de l’entente entre le Québec, le Canada (ACDI) et Haïti signée en novembre 2007.",
     "Une gestion publique haïtienne renforcée.", "IN_PROGRESS", False, "IN_PROGRESS",
     "Le Projet d’appui au renforcement de la gestion publique en Haïti a été mis en œuvre à la suite de la signature, en novembre 2007, de l’entente entre le Québec, le Canada (ACDI) et Haïti. Le projet est issu du Centre de valorisation internationale de l’expertise publique québécoise, rattaché à l’ÉNAP.",
     []),
    # illustrative measures (not named by the bulletin), so that the tree shows every state
    ("2.2", 2, "Accompagnement des entreprises québécoises sur les marchés émergents (illustratif)",
     "Support for Québec businesses in emerging markets (illustrative)", "MDEIE", [],
     "Mesure illustrative : le bulletin ne la nomme pas.", None, "NOT_STARTED", True, "NOT_STARTED",
     "Mesure illustrative : aucune action engagée en 2007-2008.", []),
    ("4.2", 4, "Promotion de la langue française dans les organisations internationales (illustratif)",
     "Promotion of French in international organisations (illustrative)", "MRI", [],
     "Mesure illustrative : le bulletin ne la nomme pas.", None, "IN_PROGRESS", True, "IN_PROGRESS",
     "Mesure illustrative : travaux amorcés en 2007-2008.", []),
]

offices = [  # measure code, office name, city, country
    ("1.1", "Délégation permanente du Canada auprès de l’UNESCO", "Paris", "FR"),
    ("1.2", "Bureau du Québec à São Paulo", "São Paulo", "BR"),
    ("1.3", "Bureau du Québec à Mumbai", "Mumbai", "IN"),
]

SUMMARY = ("Ce rapport d’étape rend compte de l’état d’avancement des quelque 70 mesures et initiatives prévues "
           "au Plan d’action 2006-2009 découlant de la Politique. Le rapport met en valeur la force de l’action concertée "
           "des ministères et organismes partenaires en matière d’action internationale ainsi que la capacité d’agir de "
           "l’État québécois. Il est disponible dans le site Web du ministère des Relations internationales.")

POLICY = "(SELECT id FROM policy WHERE code = 'PIQ-2006')"
PLAN = "(SELECT id FROM action_plan WHERE policy_id = %s AND start_year = 2006)" % POLICY
REPORT = "(SELECT id FROM progress_report WHERE action_plan_id = %s AND reporting_start_year = 2007 AND report_version = 1)" % PLAN

def org(acr):
    if acr.startswith("Gouvernement"):
        return "(SELECT id FROM organisation WHERE name = %s)" % q(acr)
    return "(SELECT id FROM organisation WHERE acronym = %s)" % q(acr)

sql = []
for name, acr, cc, typ in orgs:
    sql.append("INSERT INTO organisation (name, acronym, country_code, type) VALUES (%s, %s, %s, %s)"
               % (q(name), "NULL" if acr is None else q(acr), q(cc), q(typ)))
sql.append("INSERT INTO policy (code, title_fr, title_en, made_public_year) VALUES ('PIQ-2006', %s, %s, 2006)"
           % (q("Politique internationale du Québec"), q("Québec’s International Policy")))
for n, fr, en in objectives:
    sql.append("INSERT INTO policy_objective (policy_id, number, title_fr, title_en) VALUES (%s, %d, %s, %s)"
               % (POLICY, n, q(fr), q(en)))
sql.append("INSERT INTO action_plan (policy_id, start_year, end_year, title_fr, title_en, planned_measures) VALUES (%s, 2006, 2009, %s, %s, 70)"
           % (POLICY, q("Plan d’action 2006-2009"), q("2006-2009 Action Plan")))
for (code, obj, fr, en, lead, partners, desc, result, status, illus, *_rest) in measures:
    sql.append(("INSERT INTO measure (action_plan_id, objective_id, code, title_fr, title_en, lead_organisation_id, "
                "description, expected_result, status, illustrative) VALUES (%s, (SELECT id FROM policy_objective "
                "WHERE policy_id = %s AND number = %d), %s, %s, %s, %s, %s, %s, %s, %s)")
               % (PLAN, POLICY, obj, q(code), q(fr), q(en), org(lead), q(desc),
                  "NULL" if result is None else q(result), q(status), "TRUE" if illus else "FALSE"))
    for p in partners:
        sql.append("INSERT INTO measure_partner (measure_id, organisation_id) VALUES ((SELECT id FROM measure WHERE "
                   "action_plan_id = %s AND code = %s), %s)" % (PLAN, q(code), org(p)))
for code, name, city, cc in offices:
    sql.append("INSERT INTO measure_link (measure_id, link_type, office_name, office_city, office_country_code) VALUES "
               "((SELECT id FROM measure WHERE action_plan_id = %s AND code = %s), 'OFFICE', %s, %s, %s)"
               % (PLAN, q(code), q(name), q(city), q(cc)))
# illustrative link (the bulletin does not tie the missions to a programme): the Mexico mission's
# scientific and technological cooperation goes on in the GTQM's 2011-2013 programme
sql.append("INSERT INTO measure_link (measure_id, link_type, target_id) VALUES ((SELECT id FROM measure WHERE "
           "action_plan_id = %s AND code = '2.1'), 'PROGRAM', (SELECT id FROM program WHERE working_group_id = "
           "(SELECT id FROM working_group WHERE acronym = 'GTQM') AND start_year = 2011))" % PLAN)
sql.append("INSERT INTO stored_file (file_name, media_type, size_bytes, sha256, created_at, created_by) "
           "SELECT 'rapport-etape-2007-2008.pdf', 'application/pdf', LENGTH(c.content), SHA2(c.content, 256), "
           "'2009-04-14 00:00:00', 'system' FROM (SELECT %s AS content) c" % content_sql)
sql.append("INSERT INTO stored_file_content (file_id, content) VALUES ((SELECT MAX(id) FROM stored_file WHERE "
           "file_name = 'rapport-etape-2007-2008.pdf'), %s)" % content_sql)
sql.append("INSERT INTO progress_report (action_plan_id, reporting_start_year, report_version, title_fr, title_en, summary, "
           "status, published_on, document_file_id) VALUES (%s, 2007, 1, %s, %s, %s, 'PUBLISHED', '2009-04-14', "
           "(SELECT MAX(id) FROM stored_file WHERE file_name = 'rapport-etape-2007-2008.pdf'))"
           % (PLAN, q("Rapport d’étape 2007-2008 — bilan de l’an II de la Politique internationale du Québec"),
              q("2007-2008 progress report — year II of Québec’s International Policy"), q(SUMMARY)))
for (code, obj, fr, en, lead, partners, desc, result, status, illus, ystatus, narrative, evidence) in measures:
    sql.append("INSERT INTO measure_progress (report_id, measure_id, reporting_start_year, status, narrative, evidence_links) "
               "VALUES (%s, (SELECT id FROM measure WHERE action_plan_id = %s AND code = %s), 2007, %s, %s, %s)"
               % (REPORT, PLAN, q(code), q(ystatus), q(narrative), "NULL" if not evidence else q("\n".join(evidence))))

header = """# The Politique internationale du Québec as the bulletin of 14 April 2009 tells it (../../shared/seeds):
# made public in 2006; its five objectives, worded as the bulletin words them (first letter capitalised);
# the Plan d'action 2006-2009 with its "quelque 70 mesures et initiatives" (planned_measures = 70), of which
# only those the bulletin names are recorded, plus measures 2.2 and 4.2, which are illustrative
# (illustrative = TRUE); the offices abroad (São Paulo, Mumbai) and the UNESCO delegation as links; the
# 2007-2008 progress of each measure; the year-II progress report (bilan de l'an II), published, with its
# summary and its document (a 2 MB PDF: "Rapport d'étape 2007-2008 (2 Mo)").
# Not in the bulletin, hence illustrative: measure codes, the objective of the network measures 1.2-1.4,
# English titles, the link of 2.1 to the GTQM 2011-2013 programme, and the report's publication date
# (that of the bulletin). Generated by db-migrations/data/generate-policy-demo.py: do not edit by hand.
databaseChangeLog:
  - changeSet:
      id: demo-0020-politique-internationale
      author: coopera
      context: demo
      changes:
"""
body = "".join("        - sql:\n            sql: >-\n              %s\n" % s for s in sql)
open("db-migrations/demo/0020-politique-internationale.yaml", "w").write(header + body)
