"""Corpus D: diplomas from state institutions abroad, medical certificates on the Belgian
Immigration Office's model signed by a doctor abroad, and EEA multilingual civil-status extracts
(CIEC / Regulation 2016/1191 style). Everything invented; authorities named generically.
"""

from __future__ import annotations

from spec import Block

from content._d_common import DModel, Holder, Issue, cjk_wrap, dmy, specimen_footer

MODELS: list = []   # see d_records.py: corpus D reads MODELS_D


def _dfacts(h: Holder, iss: Issue, institution: str, title: str, degree: str, exam: str):
    return (("authority", institution), ("title", title), ("surname", h.surname), ("given", h.given), ("birth_date", dmy(h.birth)),
            ("degree", degree), ("examination", exam), ("ref", iss.ref), ("issued", dmy(iss.issued)))


def in_degree(h: Holder, iss: Issue):
    """India, a state university's degree certificate in Hindi and English."""
    page = (
        Block("letterhead", rows=(("राज्य विश्वविद्यालय — STATE UNIVERSITY (SPECIMEN)",), ("Lucknow, Uttar Pradesh",)), align="center"),
        Block("title", "उपाधि प्रमाण पत्र — DEGREE CERTIFICATE", align="center"),
        Block("para", f"यह प्रमाणित किया जाता है कि {h.given_native} {h.surname_native} ने बैचलर ऑफ टेक्नोलॉजी की परीक्षा प्रथम श्रेणी में उत्तीर्ण की है।",
              align="center"),
        Block("para", f"This is to certify that {h.given} {h.surname} has passed the examination of BACHELOR OF TECHNOLOGY "
                      f"(Computer Science and Engineering) held in May {iss.issued.year - 1} and was placed in the FIRST DIVISION.", align="center"),
        Block("field", rows=(("Enrolment No. / नामांकन संख्या", iss.ref), ("Date / दिनांक", dmy(iss.issued)))),
        Block("signature", "Registrar / कुलसचिव", align="left"),
        Block("signature", "Vice-Chancellor / कुलपति", align="right"),
        specimen_footer("State University degree certificate"),
    )
    return page, _dfacts(h, iss, "State University, Lucknow", "Degree certificate", "Bachelor of Technology (Computer Science and Engineering)",
                         "First division")


def us_diploma(h: Holder, iss: Issue):
    """USA, a state university's diploma, English."""
    page = (
        Block("title", "THE STATE UNIVERSITY OF OHIO (SPECIMEN)", align="center"),
        Block("para", "upon the recommendation of the Faculty and by virtue of the authority vested in them, the Board of Trustees has conferred upon",
              align="center"),
        Block("title", f"{h.given} {h.surname}", align="center"),
        Block("para", "the degree of", align="center"),
        Block("title", "Master of Science in Chemical Engineering", align="center"),
        Block("para", f"with all the rights, privileges and honors thereunto appertaining. Given this {iss.issued.day} day of "
                      f"{iss.issued.strftime('%B')} {iss.issued.year}.", align="center"),
        Block("field", rows=(("Diploma number", iss.ref),)),
        Block("signature", "President", align="left"),
        Block("signature", "Secretary of the Board of Trustees", align="right"),
        specimen_footer("State university diploma"),
    )
    return page, _dfacts(h, iss, "The State University of Ohio", "Diploma", "Master of Science in Chemical Engineering", "")


def br_diploma(h: Holder, iss: Issue):
    """Brazil, diploma of a federal university (bacharel), Portuguese."""
    page = (
        Block("letterhead", rows=(("REPÚBLICA FEDERATIVA DO BRASIL",), ("UNIVERSIDADE FEDERAL (SPECIMEN)",)), align="center"),
        Block("title", "DIPLOMA", align="center"),
        Block("para", f"O Reitor da Universidade Federal, no uso de suas atribuições, tendo em vista a conclusão do Curso de Engenharia "
                      f"Elétrica, confere o título de BACHAREL EM ENGENHARIA ELÉTRICA a {h.given} {h.surname}, brasileiro(a), "
                      f"nascido(a) em {dmy(h.birth)}, natural de {h.birth_place}, e outorga-lhe o presente diploma.", align="center"),
        Block("field", rows=(("Colação de grau", dmy(iss.issued)), ("Registro n°", iss.ref))),
        Block("signature", "Reitor", align="left"),
        Block("signature", "Diplomado(a)", align="right"),
        specimen_footer("Diploma — Universidade Federal"),
    )
    return page, _dfacts(h, iss, "Federal University (Brazil)", "Diploma", "Bachelor of Electrical Engineering", "")


def ma_licence(h: Holder, iss: Issue):
    """Morocco, a public university's diploma (Diplôme de Licence), Arabic and French side by side."""
    page = (
        Block("letterhead", rows=(("المملكة المغربية - ROYAUME DU MAROC",), ("جامعة (SPECIMEN) - Université (SPECIMEN)",),
                                  ("كلية العلوم - Faculté des Sciences",)), align="center"),
        Block("title", "دبلوم الإجازة - DIPLÔME DE LICENCE", align="center"),
        Block("para", "بناء على محضر المداولات، يشهد رئيس الجامعة بأن", align="right"),
        Block("para", "Vu le procès-verbal des délibérations, le Président de l'Université atteste que", align="left"),
        Block("field", rows=(("الاسم الكامل / Nom et prénom", f"{h.surname_native} {h.given_native} / {h.surname} {h.given}"),
                             ("تاريخ ومكان الازدياد / Né(e) le, à", f"{dmy(h.birth)} — {h.birth_place}"),
                             ("المسلك / Filière", "الفيزياء / Sciences de la Matière Physique"),
                             ("الميزة / Mention", "حسن / Bien"))),
        Block("para", "قد حصل(ت) على دبلوم الإجازة - a obtenu le Diplôme de Licence", align="center"),
        Block("field", rows=(("رقم التسجيل / N° d'inscription", iss.ref), ("حرر بتاريخ / Fait le", dmy(iss.issued)))),
        Block("stamp", rows=(("رئاسة الجامعة",), ("SPECIMEN",)), align="left"),
        Block("signature", "رئيس الجامعة / Le Président de l'Université", align="right"),
        specimen_footer("Diplôme de Licence"),
    )
    return page, _dfacts(h, iss, "Kingdom of Morocco, public university, Faculty of Sciences", "Diploma", "Licence (bachelor) in physics", "Bien (good)")


def ru_bachelor(h: Holder, iss: Issue):
    """Russia, a state university's bachelor diploma (диплом бакалавра), Russian."""
    page = (
        Block("letterhead", rows=(("РОССИЙСКАЯ ФЕДЕРАЦИЯ",), ("Федеральное государственное бюджетное образовательное учреждение высшего образования",),
                                  ("«Государственный университет (SPECIMEN)»",)), align="center"),
        Block("title", "ДИПЛОМ БАКАЛАВРА", align="center"),
        Block("field", rows=(("Регистрационный номер", iss.ref), ("Дата выдачи", dmy(iss.issued, ".")))),
        Block("para", "Настоящий диплом свидетельствует о том, что", align="center"),
        Block("para", f"{h.surname_native} {h.given_native} {h.father_native}", align="center"),
        Block("para", "освоил(а) программу бакалавриата по направлению подготовки 09.03.01 Информатика и вычислительная техника "
                      "и успешно прошёл(ла) государственную итоговую аттестацию.", align="center"),
        Block("para", "Решением Государственной экзаменационной комиссии присвоена квалификация БАКАЛАВР", align="center"),
        Block("stamp", rows=(("Государственный университет",), ("SPECIMEN",)), align="left"),
        Block("signature", "Ректор", align="right"),
        specimen_footer("Диплом бакалавра"),
    )
    return page, _dfacts(h, iss, "State university (Russian Federation)", "Bachelor's diploma",
                         "Bachelor in informatics and computer engineering (09.03.01)", "")


def ua_bachelor(h: Holder, iss: Issue):
    """Ukraine, a national university's bachelor diploma (диплом бакалавра), Ukrainian."""
    page = (
        Block("letterhead", rows=(("УКРАЇНА",), ("Національний університет (SPECIMEN)",)), align="center"),
        Block("title", "ДИПЛОМ БАКАЛАВРА", align="center"),
        Block("field", rows=(("Серія та номер", iss.ref),)),
        Block("para", f"{h.surname_native} {h.given_native} {h.father_native}", align="center"),
        Block("para", f"у {iss.issued.year} році закінчив(ла) Національний університет (SPECIMEN) та здобув(ла) ступінь вищої освіти "
                      "бакалавра за спеціальністю 121 «Інженерія програмного забезпечення».", align="center"),
        Block("field", rows=(("Дата видачі", dmy(iss.issued, ".")),)),
        Block("stamp", rows=(("Національний університет",), ("SPECIMEN",)), align="left"),
        Block("signature", "Ректор", align="right"),
        specimen_footer("Диплом бакалавра"),
    )
    return page, _dfacts(h, iss, "National university (Ukraine)", "Bachelor's diploma", "Bachelor in software engineering (121)", "")


def jp_gakui(h: Holder, iss: Issue):
    """Japan, a national university's degree diploma (学位記), Japanese."""
    page = (
        Block("letterhead", rows=(("国立大学法人 (SPECIMEN) 大学",),), align="center"),
        Block("title", "学 位 記", align="center"),
        Block("para", f"修第{iss.ref}号", align="left"),
        Block("para", f"{h.surname_native} {h.given_native}", align="center"),
        Block("para", f"{h.birth.year}年{h.birth.month}月{h.birth.day}日生", align="center"),
        Block("para", cjk_wrap("本学大学院工学研究科修士課程において所定の単位を修得し、学位論文の審査及び最終試験に合格したので、修士（工学）の学位を授与する。", 30),
              align="center"),
        Block("para", f"{iss.issued.year}年{iss.issued.month}月{iss.issued.day}日", align="center"),
        Block("stamp", rows=(("学長之印",), ("SPECIMEN",)), align="right"),
        Block("signature", "学長", align="right"),
        specimen_footer("学位記"),
    )
    return page, _dfacts(h, iss, "National University Corporation (Japan)", "Degree diploma", "Master of Engineering", "")


def medical(country: str, doctor_place: str):
    def build(h: Holder, iss: Issue):
        """The Belgian Immigration Office's medical certificate model, filled in and signed by a doctor abroad (English)."""
        page = (
            Block("title", "MEDICAL CERTIFICATE", align="center"),
            Block("subtitle", "Model of the Immigration Office — art. 9 / annex of the law of 15 December 1980 (SPECIMEN)", align="center"),
            Block("para", "The undersigned, doctor of medicine, certifies that he/she has examined"),
            Block("field", rows=(("Surname", h.surname), ("Given names", h.given), ("Date of birth", dmy(h.birth)), ("Passport number", h.id_number))),
            Block("para", "and that the examination shows that the person does not suffer from any of the diseases which may endanger public "
                          "health listed in the annex to the law of 15 December 1980 on access to the territory, residence, establishment "
                          "and removal of foreign nationals."),
            Block("field", rows=(("Done at", doctor_place), ("Date", dmy(iss.issued)), ("Doctor's registration no.", iss.ref))),
            Block("stamp", rows=(("DR. SPECIMEN — MEDICAL PRACTITIONER",), (f"Reg. no. {iss.ref}",), (doctor_place,)), align="left"),
            Block("signature", "Signature of the doctor", align="right"),
            specimen_footer("Medical certificate (Immigration Office model)"),
        )
        facts = (("title", "Medical certificate"), ("surname", h.surname), ("given", h.given), ("birth_date", dmy(h.birth)),
                 ("result", "No disease listed in the annex of the law of 15 December 1980"), ("place", doctor_place),
                 ("ref", iss.ref), ("issued", dmy(iss.issued)))
        return page, facts
    return build


def ciec_birth(country: str):
    labels = {"IT": ("Repubblica Italiana — Comune di (SPECIMEN)", "ESTRATTO PLURILINGUE DELL'ATTO DI NASCITA", "Cognome", "Nome", "Data di nascita", "Luogo di nascita"),
              "ES": ("Reino de España — Registro Civil (SPECIMEN)", "EXTRACTO PLURILINGÜE DE ACTA DE NACIMIENTO", "Apellidos", "Nombre", "Fecha de nacimiento", "Lugar de nacimiento")}[country]

    def build(h: Holder, iss: Issue):
        """A multilingual extract of a birth record (CIEC convention no. 16 layout): numbered rows, labels in several languages."""
        head, title, l_sur, l_giv, l_date, l_place = labels
        page = (
            Block("letterhead", rows=((head,),), align="left"),
            Block("title", title, align="center"),
            Block("subtitle", "Extrait plurilingue d'acte de naissance — Multilingual extract of a birth record — Internationaler Auszug aus "
                              "dem Geburtseintrag — Meertalig uittreksel uit de akte van geboorte", align="center"),
            Block("table", rows=(("", f"{l_sur} / Nom / Surname / Familienname", "Valore / Valeur / Value"),
                                 ("1", f"{l_date} / Date de naissance / Date of birth / Geburtsdatum", dmy(h.birth, ".")),
                                 ("2", f"{l_place} / Lieu de naissance / Place of birth / Geburtsort", h.birth_place),
                                 ("3", "Sexe / Sex / Geschlecht", h.sex),
                                 ("4", f"{l_sur} / Nom / Surname / Familienname", h.surname),
                                 ("5", f"{l_giv} / Prénoms / Forenames / Vornamen", h.given),
                                 ("6", "Père / Father / Vater", h.father_native),
                                 ("7", "Mère / Mother / Mutter", h.mother_native))),
            Block("field", rows=(("Date de délivrance / Date of issue", dmy(iss.issued, ".")), ("N°", iss.ref))),
            Block("stamp", rows=(("UFFICIALE DELLO STATO CIVILE" if country == "IT" else "ENCARGADO DEL REGISTRO CIVIL",), ("SPECIMEN",)), align="left"),
            Block("signature", "Signature / Firma", align="right"),
            specimen_footer("Multilingual extract of a birth record"),
        )
        facts = (("title", "Multilingual extract of a birth record"), ("surname", h.surname), ("given", h.given),
                 ("birth_date", dmy(h.birth)), ("birth_place", h.birth_place), ("ref", iss.ref), ("issued", dmy(iss.issued)))
        return page, facts
    return build


MODELS_D = [
    DModel("d-ma-diplome-licence-universite", "diploma", "MA", "ar+fr", "Arabic+Latin", "freeserif",
           ma_licence, "Diploma",
           "bilingual Arabic/French diplomas of Moroccan public universities ('Diplôme de Licence', mention); layout invented"),
    DModel("d-ru-diplom-bakalavra", "diploma", "RU", "ru", "Cyrillic", "freeserif",
           ru_bachelor, "Bachelor's diploma",
           "wording of Russian state diplomas ('присвоена квалификация бакалавр', direction code); layout invented"),
    DModel("d-ua-dyplom-bakalavra", "diploma", "UA", "uk", "Cyrillic", "freesans",
           ua_bachelor, "Bachelor's diploma",
           "wording of Ukrainian diplomas ('здобув ступінь вищої освіти бакалавра за спеціальністю'); layout invented"),
    DModel("d-in-state-university-degree", "diploma", "IN", "hi+en", "Devanagari+Latin", "freesans",
           in_degree, "Degree certificate",
           'bilingual Hindi/English degree certificates of Indian state universities (layout invented)'),
    DModel("d-us-state-university-diploma", "diploma", "US", "en", "Latin", "c059",
           us_diploma, "Diploma",
           "wording of US state-university diplomas ('has conferred upon ... the degree of'); layout invented"),
    DModel("d-br-diploma-universidade-federal", "diploma", "BR", "pt", "Latin", "caladea",
           br_diploma, "Diploma",
           "wording of Brazilian federal-university diplomas ('confere o título de'); layout invented"),
    DModel("d-jp-gakuiki-national-university", "diploma", "JP", "ja", "Japanese", "wqy",
           jp_gakui, "Degree diploma",
           'wording of Japanese 学位記 (修士（工学）の学位を授与する); layout invented'),
    DModel("d-eg-medical-certificate-dvz-model", "medical_certificate", "EG", "en", "Latin", "carlito",
           medical("EG", "Cairo"), "Medical certificate",
           'Immigration Office medical certificate model (reference single-permit.md); Flanders legalisation rule (VL-forms)'),
    DModel("d-ng-medical-certificate-dvz-model", "medical_certificate", "NG", "en", "Latin", "freesans",
           medical("NG", "Lagos"), "Medical certificate",
           'Immigration Office medical certificate model (reference single-permit.md); Flanders legalisation rule (VL-forms)'),
    DModel("d-it-estratto-plurilingue-nascita", "unknown", "IT", "it+fr+en+de", "Latin", "freeserif",
           ciec_birth("IT"), "Multilingual extract of a birth record",
           'CIEC convention no. 16 multilingual extracts; Regulation 2016/1191 (EEA public documents)'),
    DModel("d-es-extracto-plurilingue-nacimiento", "unknown", "ES", "es+fr+en+de", "Latin", "carlito",
           ciec_birth("ES"), "Multilingual extract of a birth record",
           'CIEC convention no. 16 multilingual extracts; Regulation 2016/1191 (EEA public documents)'),
]
