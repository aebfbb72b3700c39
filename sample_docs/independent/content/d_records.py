"""Corpus D: criminal-record extracts and police clearances as issued abroad (and in the EEA and
Belgium), one model per country. Layouts and wordings follow the public descriptions and sample
images found with the search tool (see README, "Corpus D"); every person, number, office and
signature is invented, and authorities are named generically.

Each model's build returns the single page and the facts it states (in English), which the sworn
translations of d_auth.py repeat in their own language.
"""

from __future__ import annotations

from spec import Block

from content._d_common import ARABIC_DIGITS, DEVANAGARI_DIGITS, DModel, Holder, Issue, cjk_wrap, dmy, specimen_footer, ymd

MODELS: list = []   # corpus D's models are MODELS_D, read by corpus_d.py only (not by generate.py's corpus A loader)

NO_RECORD = "No conviction recorded (nil)"


def _facts(h: Holder, iss: Issue, authority: str, title: str, result: str = NO_RECORD, **more: str):
    f = [("authority", authority), ("title", title), ("surname", h.surname), ("given", h.given),
         ("birth_date", dmy(h.birth)), ("birth_place", h.birth_place)]
    f += [(k, v) for k, v in more.items() if v]
    f += [("result", result), ("ref", iss.ref), ("issued", dmy(iss.issued))]
    return tuple(f)


def ma_casier(h: Holder, iss: Issue):
    """Morocco, bulletin n° 3 of the casier judiciaire: Arabic and French side by side."""
    n = iss.ref
    page = (
        Block("letterhead", rows=(("المملكة المغربية - ROYAUME DU MAROC",), ("وزارة العدل - Ministère de la Justice",),
                                  ("المحكمة الابتدائية - Tribunal de première instance (SPECIMEN)",)), align="center"),
        Block("title", "السجل العدلي - البطاقة رقم 3", align="center"),
        Block("subtitle", "CASIER JUDICIAIRE — BULLETIN N° 3", align="center"),
        Block("field", rows=(("الاسم العائلي / Nom", f"{h.surname_native} / {h.surname}"),
                             ("الاسم الشخصي / Prénom", f"{h.given_native} / {h.given}"),
                             ("تاريخ الازدياد / Né(e) le", dmy(h.birth)),
                             ("مكان الازدياد / à", f"{h.birth_place_native} / {h.birth_place}"),
                             ("اسم الأب / Fils (fille) de", h.father_native),
                             ("اسم الأم / et de", h.mother_native),
                             ("رقم البطاقة الوطنية / CIN n°", h.id_number))),
        Block("para", "لا شيء - NÉANT", align="center"),
        Block("para", "لا يتضمن هذا البطاقة أي حكم بعقوبة - Le présent bulletin ne comporte aucune condamnation.", align="right"),
        Block("field", rows=(("رقم الطلب / Demande n°", n), ("حرر بتاريخ / Délivré le", dmy(iss.issued)))),
        Block("stamp", rows=(("المحكمة الابتدائية",), ("SPECIMEN",), ("Greffe — Casier judiciaire",)), align="left"),
        Block("signature", "رئيس كتابة الضبط / Le greffier en chef", align="right"),
        specimen_footer("ROYAUME DU MAROC — casier judiciaire, bulletin n° 3"),
    )
    return page, _facts(h, iss, "Kingdom of Morocco, Ministry of Justice, court of first instance (registry)",
                        "Criminal record, bulletin no. 3", father=h.father, mother=h.mother, id_number=h.id_number)


def eg_fish(h: Holder, iss: Issue):
    """Egypt, certificate of criminal status ("فيش وتشبيه") from the Ministry of Interior, Arabic only."""
    page = (
        Block("letterhead", rows=(("جمهورية مصر العربية",), ("وزارة الداخلية",), ("الإدارة العامة لتحقيق الأدلة الجنائية - SPECIMEN",)), align="right"),
        Block("title", "صحيفة الحالة الجنائية", align="center"),
        Block("field", rows=(("الاسم", f"{h.given_native} {h.father_native} {h.surname_native}"),
                             ("تاريخ الميلاد", dmy(h.birth).translate(ARABIC_DIGITS)),
                             ("جهة الميلاد", h.birth_place_native),
                             ("اسم الأم", h.mother_native),
                             ("الرقم القومي", h.id_number.translate(ARABIC_DIGITS)),
                             ("الغرض من الشهادة", "العمل بالخارج"))),
        Block("para", "نفيد بأن المذكور أعلاه لا توجد له أحكام مسجلة حتى تاريخه.", align="right"),
        Block("field", rows=(("رقم الصحيفة", iss.ref.translate(ARABIC_DIGITS)), ("تاريخ الإصدار", dmy(iss.issued).translate(ARABIC_DIGITS)))),
        Block("stamp", rows=(("وزارة الداخلية",), ("SPECIMEN",)), align="left"),
        Block("signature", "مدير الإدارة", align="right"),
        specimen_footer("صحيفة الحالة الجنائية"),
    )
    return page, _facts(h, iss, "Arab Republic of Egypt, Ministry of Interior, criminal evidence department",
                        "Certificate of criminal status", mother=h.mother, id_number=h.id_number, purpose="Work abroad")


def tn_b3(h: Holder, iss: Issue):
    """Tunisia, bulletin n° 3 ("بطاقة عدد 3") of the Ministry of Interior, Arabic."""
    page = (
        Block("letterhead", rows=(("الجمهورية التونسية",), ("وزارة الداخلية",), ("إدارة السجل العدلي - SPECIMEN",)), align="right"),
        Block("title", "بطاقة عدد 3", align="center"),
        Block("subtitle", "مستخرج من السجل العدلي", align="center"),
        Block("field", rows=(("اللقب", h.surname_native), ("الاسم", h.given_native), ("اسم الأب", h.father_native),
                             ("اسم الأم", h.mother_native), ("تاريخ الولادة", dmy(h.birth)), ("مكان الولادة", h.birth_place_native),
                             ("رقم بطاقة التعريف الوطنية", h.id_number))),
        Block("para", "خالية - لا شيء", align="center"),
        Block("field", rows=(("عدد", iss.ref), ("تونس في", dmy(iss.issued)))),
        Block("stamp", rows=(("وزارة الداخلية",), ("SPECIMEN",)), align="left"),
        Block("signature", "رئيس المصلحة", align="right"),
        specimen_footer("بطاقة عدد 3"),
    )
    return page, _facts(h, iss, "Republic of Tunisia, Ministry of Interior, criminal records office", "Bulletin no. 3 (extract of the criminal record)",
                        father=h.father, mother=h.mother, id_number=h.id_number)


def in_character(h: Holder, iss: Issue):
    """India, a district police character certificate in Hindi (Uttar Pradesh style)."""
    page = (
        Block("letterhead", rows=(("उत्तर प्रदेश पुलिस",), ("कार्यालय पुलिस अधीक्षक, जनपद (SPECIMEN)",)), align="center"),
        Block("title", "चरित्र प्रमाण पत्र", align="center"),
        Block("field", rows=(("पत्रांक", iss.ref), ("दिनांक", dmy(iss.issued, "-")))),
        Block("para", f"प्रमाणित किया जाता है कि {h.given_native} {h.surname_native}, पुत्र/पुत्री श्री {h.father_native}, "
                      f"जन्म तिथि {dmy(h.birth, '-')}, निवासी {h.birth_place_native}, के विरुद्ध इस जनपद के किसी भी थाने में "
                      "कोई आपराधिक अभियोग पंजीकृत नहीं है।"),
        Block("para", "स्थानीय थाने द्वारा सत्यापन के अनुसार इनका चरित्र एवं आचरण अच्छा है।"),
        Block("field", rows=(("आधार संख्या", h.id_number), ("प्रयोजन", "विदेश में रोजगार हेतु"))),
        Block("stamp", rows=(("पुलिस अधीक्षक",), ("SPECIMEN",)), align="left"),
        Block("signature", "पुलिस अधीक्षक", align="right"),
        specimen_footer("चरित्र प्रमाण पत्र".translate(DEVANAGARI_DIGITS)),
    )
    return page, _facts(h, iss, "Uttar Pradesh Police, office of the Superintendent of Police of the district", "Character certificate",
                        result="No criminal case registered at any police station of the district; character and conduct good",
                        father=h.father, id_number=h.id_number, purpose="Employment abroad")


def tr_adli(h: Holder, iss: Issue):
    """Turkey, Adli Sicil Kaydı printed from e-Devlet, with its barcode/verification number."""
    page = (
        Block("letterhead", rows=(("T.C. ADALET BAKANLIĞI",), ("Adli Sicil ve İstatistik Genel Müdürlüğü (SPECIMEN)",)), align="center"),
        Block("title", "ADLİ SİCİL KAYDI", align="center"),
        Block("field", rows=(("T.C. Kimlik No", h.id_number), ("Adı", h.given), ("Soyadı", h.surname), ("Baba Adı", h.father_native),
                             ("Anne Adı", h.mother_native), ("Doğum Yeri", h.birth_place), ("Doğum Tarihi", dmy(h.birth, ".")),
                             ("Veriliş Nedeni", "Resmi Kuruma Verilmek Üzere"))),
        Block("para", "ADLİ SİCİL KAYDI YOKTUR", align="center"),
        Block("para", "Bu belge 5070 sayılı Elektronik İmza Kanunu hükümlerine göre güvenli elektronik imza ile imzalanmıştır. "
                      f"Belgenin doğruluğunu e-Devlet Kapısı üzerinden {iss.ref} barkod numarası ile kontrol edebilirsiniz."),
        Block("field", rows=(("Belge Tarihi", dmy(iss.issued, ".")), ("Barkod No", iss.ref))),
        specimen_footer("T.C. Adalet Bakanlığı — Adli Sicil Kaydı"),
    )
    return page, _facts(h, iss, "Republic of Türkiye, Ministry of Justice, Directorate General of Criminal Records",
                        "Criminal record (Adli Sicil Kaydı)", result="No criminal record", father=h.father,
                        mother=h.mother, id_number=h.id_number, purpose="To be submitted to an official authority")


def ru_spravka(h: Holder, iss: Issue):
    """Russia, certificate of (absence of) convictions from the Ministry of Internal Affairs information centre."""
    page = (
        Block("letterhead", rows=(("МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ",), ("Информационный центр (SPECIMEN)",)), align="left"),
        Block("title", "СПРАВКА", align="center"),
        Block("subtitle", "о наличии (отсутствии) судимости и (или) факта уголовного преследования либо о прекращении уголовного преследования",
              align="center"),
        Block("field", rows=(("Фамилия", h.surname_native), ("Имя, отчество", f"{h.given_native} {h.father_native}"),
                             ("Дата рождения", dmy(h.birth, ".")), ("Место рождения", f"г. {h.birth_place_native}"))),
        Block("para", "сведений о судимости, факте уголовного преследования либо о прекращении уголовного преследования не имеется.", align="left"),
        Block("field", rows=(("№", iss.ref), ("Дата выдачи", dmy(iss.issued, ".")))),
        Block("stamp", rows=(("МВД России",), ("Информационный центр",), ("SPECIMEN",)), align="left"),
        Block("signature", "Начальник отдела", align="right"),
        specimen_footer("Справка о наличии (отсутствии) судимости"),
    )
    return page, _facts(h, iss, "Russian Federation, Ministry of Internal Affairs, information centre",
                        "Certificate of the existence (absence) of convictions and/or criminal prosecution",
                        result="No information on convictions or criminal prosecution")


def ua_vytyag(h: Holder, iss: Issue):
    """Ukraine, extract from the information system of the Ministry of Internal Affairs, issued online with a QR code."""
    page = (
        Block("letterhead", rows=(("МІНІСТЕРСТВО ВНУТРІШНІХ СПРАВ УКРАЇНИ",), ("Сервісний центр (SPECIMEN)",)), align="left"),
        Block("title", "ВИТЯГ", align="center"),
        Block("subtitle", "з інформаційно-аналітичної системи «Облік відомостей про притягнення особи до кримінальної відповідальності "
                          "та наявність судимості»", align="center"),
        Block("field", rows=(("Прізвище", h.surname_native), ("Ім'я", h.given_native), ("По батькові", h.father_native),
                             ("Дата народження", dmy(h.birth, ".")), ("Місце народження", h.birth_place_native),
                             ("РНОКПП", h.id_number))),
        Block("para", "станом на дату формування витягу до кримінальної відповідальності не притягується, не знятої або не погашеної "
                      "судимості не має та в розшуку не перебуває."),
        Block("field", rows=(("Номер витягу", iss.ref), ("Дата формування", dmy(iss.issued, "."))),),
        Block("para", "Перевірити достовірність витягу можна за QR-кодом або за номером витягу на офіційному вебсайті (SPECIMEN)."),
        specimen_footer("Витяг МВС України"),
    )
    return page, _facts(h, iss, "Ministry of Internal Affairs of Ukraine, service centre",
                        "Extract from the information and analytical system on criminal liability and convictions",
                        result="Not prosecuted, no unexpunged conviction, not wanted", id_number=h.id_number)


def cn_wufanzui(h: Holder, iss: Issue):
    """China, certificate of no criminal record (无犯罪记录证明) from a public security bureau."""
    page = (
        Block("letterhead", rows=(("公安局 (SPECIMEN)",),), align="center"),
        Block("title", "无犯罪记录证明", align="center"),
        Block("field", rows=(("编号", iss.ref),)),
        Block("para", cjk_wrap(f"兹证明{h.surname_native}{h.given_native}，{'女' if h.sex == 'F' else '男'}，{h.birth.year}年{h.birth.month}月{h.birth.day}日出生，"
                               f"公民身份号码{h.id_number}，出生地{h.birth_place_native}。")),
        Block("para", cjk_wrap(f"经查询，截至{iss.issued.year}年{iss.issued.month}月{iss.issued.day}日，未发现{h.surname_native}{h.given_native}在本市有犯罪记录。")),
        Block("para", "特此证明。"),
        Block("para", f"{iss.issued.year}年{iss.issued.month}月{iss.issued.day}日", align="right"),
        Block("stamp", rows=(("公安局",), ("SPECIMEN",), ("专用章",)), align="right"),
        specimen_footer("无犯罪记录证明"),
    )
    return page, _facts(h, iss, "Public Security Bureau", "Certificate of no criminal record",
                        result="After inquiry, no criminal record found in the city", id_number=h.id_number)


def vn_phieu(h: Holder, iss: Issue):
    """Viet Nam, judicial record card no. 1 (Phiếu lý lịch tư pháp số 1), form 06/2024/LLTP style."""
    page = (
        Block("letterhead", rows=(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",), ("Độc lập - Tự do - Hạnh phúc",), ("SỞ TƯ PHÁP (SPECIMEN)",)), align="center"),
        Block("title", "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", align="center"),
        Block("field", rows=(("Số", iss.ref),)),
        Block("field", rows=(("Họ và tên", f"{h.surname_native} {h.given_native}".upper()), ("Giới tính", "Nữ" if h.sex == "F" else "Nam"),
                             ("Ngày, tháng, năm sinh", dmy(h.birth)), ("Nơi sinh", h.birth_place_native), ("Quốc tịch", "Việt Nam"),
                             ("Số CCCD", h.id_number), ("Họ tên cha", h.father_native), ("Họ tên mẹ", h.mother_native))),
        Block("heading", "TÌNH TRẠNG ÁN TÍCH"),
        Block("para", "Không có án tích."),
        Block("heading", "THÔNG TIN VỀ VIỆC CẤM ĐẢM NHIỆM CHỨC VỤ, THÀNH LẬP, QUẢN LÝ DOANH NGHIỆP, HỢP TÁC XÃ"),
        Block("para", "Không yêu cầu."),
        Block("para", f"Ngày {iss.issued.day:02d} tháng {iss.issued.month:02d} năm {iss.issued.year}", align="right"),
        Block("stamp", rows=(("SỞ TƯ PHÁP",), ("SPECIMEN",)), align="right"),
        Block("signature", "GIÁM ĐỐC", align="right"),
        specimen_footer("Phiếu lý lịch tư pháp số 1"),
    )
    return page, _facts(h, iss, "Socialist Republic of Viet Nam, Department of Justice", "Judicial record card no. 1",
                        result="No criminal record", id_number=h.id_number, father=h.father, mother=h.mother)


def it_casellario(h: Holder, iss: Issue):
    """Italy, certificato del casellario giudiziale (Ministero della Giustizia, Procura della Repubblica)."""
    page = (
        Block("letterhead", rows=(("MINISTERO DELLA GIUSTIZIA",), ("Casellario Giudiziale — Procura della Repubblica presso il Tribunale (SPECIMEN)",)), align="center"),
        Block("title", "CERTIFICATO DEL CASELLARIO GIUDIZIALE", align="center"),
        Block("subtitle", "(art. 24 D.P.R. 14/11/2002 n. 313)", align="center"),
        Block("field", rows=(("Cognome", h.surname), ("Nome", h.given), ("Data di nascita", dmy(h.birth)), ("Luogo di nascita", h.birth_place),
                             ("Codice fiscale", h.id_number))),
        Block("para", "Nella banca dati del casellario giudiziale risulta: NULLA", align="center"),
        Block("field", rows=(("Certificato n.", iss.ref), ("Rilasciato il", dmy(iss.issued)), ("Uso", "Lavoro all'estero"))),
        Block("stamp", rows=(("PROCURA DELLA REPUBBLICA",), ("Ufficio locale del casellario",), ("SPECIMEN",)), align="left"),
        Block("signature", "Il funzionario", align="right"),
        specimen_footer("Certificato del casellario giudiziale"),
    )
    return page, _facts(h, iss, "Italian Republic, Ministry of Justice, local criminal records office", "Certificate of the criminal record",
                        result="Nothing recorded (NULLA)", id_number=h.id_number)


def ro_cazier(h: Holder, iss: Issue):
    """Romania, certificat de cazier judiciar (Ministerul Afacerilor Interne, Poliția Română)."""
    page = (
        Block("letterhead", rows=(("ROMÂNIA",), ("MINISTERUL AFACERILOR INTERNE — Poliția Română (SPECIMEN)",)), align="left"),
        Block("title", "CERTIFICAT DE CAZIER JUDICIAR", align="center"),
        Block("field", rows=(("Nume", h.surname), ("Prenume", h.given), ("CNP", h.id_number), ("Data nașterii", dmy(h.birth, ".")),
                             ("Locul nașterii", h.birth_place), ("Prenumele părinților", f"{h.father_native}, {h.mother_native}"))),
        Block("para", "NU FIGUREAZĂ ÎN CAZIERUL JUDICIAR", align="center"),
        Block("field", rows=(("Seria și nr.", iss.ref), ("Data eliberării", dmy(iss.issued, ".")), ("Scopul", "Angajare în străinătate"))),
        Block("stamp", rows=(("POLIȚIA ROMÂNĂ",), ("SPECIMEN",)), align="left"),
        Block("signature", "Șef serviciu", align="right"),
        specimen_footer("Certificat de cazier judiciar"),
    )
    return page, _facts(h, iss, "Romania, Ministry of Internal Affairs, Romanian Police", "Criminal record certificate",
                        result="Not recorded in the criminal record", id_number=h.id_number)


def pl_krk(h: Holder, iss: Issue):
    """Poland, informacja z Krajowego Rejestru Karnego issued electronically (signed with the register's seal)."""
    page = (
        Block("letterhead", rows=(("MINISTERSTWO SPRAWIEDLIWOŚCI",), ("Krajowy Rejestr Karny (SPECIMEN)",)), align="left"),
        Block("title", "INFORMACJA O OSOBIE Z KRAJOWEGO REJESTRU KARNEGO", align="center"),
        Block("field", rows=(("Nazwisko", h.surname), ("Imię (imiona)", h.given), ("Imię ojca", h.father_native), ("Imię matki", h.mother_native),
                             ("Data urodzenia", dmy(h.birth, ".")), ("Miejsce urodzenia", h.birth_place), ("Numer PESEL", h.id_number))),
        Block("para", "Osoba o wskazanych powyżej danych NIE FIGURUJE w kartotece karnej Krajowego Rejestru Karnego.", align="left"),
        Block("para", "Dokument elektroniczny opatrzony kwalifikowaną pieczęcią elektroniczną Krajowego Rejestru Karnego (SPECIMEN)."),
        Block("field", rows=(("Nr wniosku", iss.ref), ("Data wydania", dmy(iss.issued, ".")))),
        specimen_footer("Informacja z Krajowego Rejestru Karnego"),
    )
    return page, _facts(h, iss, "Republic of Poland, Ministry of Justice, National Criminal Register", "Information from the National Criminal Register",
                        result="Not recorded in the criminal records", father=h.father, mother=h.mother, id_number=h.id_number)


def es_antecedentes(h: Holder, iss: Issue):
    """Spain, certificado de antecedentes penales issued online, electronically sealed, with a CSV code."""
    page = (
        Block("letterhead", rows=(("MINISTERIO DE JUSTICIA",), ("Registro Central de Penados (SPECIMEN)",)), align="left"),
        Block("title", "CERTIFICADO DE ANTECEDENTES PENALES", align="center"),
        Block("para", f"CERTIFICO: Que consultado el Registro Central de Penados, en el día de la fecha, NO CONSTAN antecedentes penales "
                      f"de {h.given} {h.surname}, con DNI {h.id_number}, nacido/a el {dmy(h.birth)} en {h.birth_place}."),
        Block("para", "El presente certificado tiene una validez de tres meses a efectos administrativos."),
        Block("field", rows=(("Código Seguro de Verificación (CSV)", iss.ref), ("Fecha de expedición", dmy(iss.issued)))),
        Block("para", "Documento firmado electrónicamente con sello de órgano (SPECIMEN). Verificable mediante el CSV en la sede electrónica."),
        specimen_footer("Certificado de antecedentes penales"),
    )
    return page, _facts(h, iss, "Kingdom of Spain, Ministry of Justice, Central Register of Convicted Persons",
                        "Certificate of criminal records", result="No criminal records", id_number=h.id_number)


def br_certidao(h: Holder, iss: Issue):
    """Brazil, certidão de antecedentes criminais of the Polícia Federal, issued online with an authentication code."""
    page = (
        Block("letterhead", rows=(("MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA",), ("POLÍCIA FEDERAL (SPECIMEN)",)), align="center"),
        Block("title", "CERTIDÃO DE ANTECEDENTES CRIMINAIS", align="center"),
        Block("para", f"A Polícia Federal CERTIFICA, após pesquisa no Sistema Nacional de Informações Criminais, que NÃO CONSTA "
                      f"condenação com trânsito em julgado em nome de {h.given.upper()} {h.surname}, nascido(a) em {dmy(h.birth)}, "
                      f"natural de {h.birth_place}, CPF {h.id_number}, filho(a) de {h.father_native} e {h.mother_native}."),
        Block("field", rows=(("Código de autenticação", iss.ref), ("Emitida em", dmy(iss.issued)))),
        Block("para", "A autenticidade desta certidão pode ser confirmada no sítio da Polícia Federal com o código acima (SPECIMEN)."),
        specimen_footer("Certidão de antecedentes criminais"),
    )
    return page, _facts(h, iss, "Federative Republic of Brazil, Federal Police", "Certificate of criminal records",
                        result="No final conviction recorded", father=h.father, mother=h.mother, id_number=h.id_number)


def co_antecedentes(h: Holder, iss: Issue):
    """Colombia, certificado de antecedentes judiciales of the Policía Nacional (online)."""
    page = (
        Block("letterhead", rows=(("POLICÍA NACIONAL DE COLOMBIA",), ("Dirección de Investigación Criminal (SPECIMEN)",)), align="center"),
        Block("title", "CERTIFICADO DE ANTECEDENTES", align="center"),
        Block("para", f"La Policía Nacional de Colombia informa que siendo las {iss.rng.randint(8, 17):02d}:{iss.rng.randint(0, 59):02d} horas "
                      f"del {dmy(iss.issued)}, el ciudadano(a) identificado(a) con Cédula de Ciudadanía N° {h.id_number} y nombres "
                      f"{h.surname.upper()} {h.given.upper()}"),
        Block("para", "NO TIENE ASUNTOS PENDIENTES CON LAS AUTORIDADES JUDICIALES", align="center"),
        Block("para", "de conformidad con lo establecido en el artículo 248 de la Constitución Política de Colombia."),
        Block("field", rows=(("Consulta N°", iss.ref),)),
        specimen_footer("Certificado de antecedentes — Policía Nacional"),
    )
    return page, _facts(h, iss, "National Police of Colombia, criminal investigation directorate", "Certificate of criminal records",
                        result="No pending matters with the judicial authorities", id_number=h.id_number)


def mx_constancia(h: Holder, iss: Issue):
    """Mexico, constancia de antecedentes no penales (Fiscalía General del Estado)."""
    page = (
        Block("letterhead", rows=(("GOBIERNO DEL ESTADO",), ("FISCALÍA GENERAL DEL ESTADO — Dirección de Servicios Periciales (SPECIMEN)",)), align="left"),
        Block("title", "CONSTANCIA DE ANTECEDENTES NO PENALES", align="center"),
        Block("field", rows=(("Folio", iss.ref),)),
        Block("para", f"A QUIEN CORRESPONDA: Se hace constar que, después de realizar una búsqueda en los archivos de esta Fiscalía, "
                      f"NO SE ENCONTRARON antecedentes penales a nombre de {h.given.upper()} {h.surname}, con CURP {h.id_number}, "
                      f"nacido(a) el {dmy(h.birth)} en {h.birth_place}."),
        Block("para", f"Se extiende la presente a petición del interesado para fines laborales, el {dmy(iss.issued)}."),
        Block("stamp", rows=(("FISCALÍA GENERAL",), ("SPECIMEN",)), align="left"),
        Block("signature", "El Director", align="right"),
        specimen_footer("Constancia de antecedentes no penales"),
    )
    return page, _facts(h, iss, "Attorney General's Office of the State, forensic services", "Certificate of no criminal record",
                        result="No criminal records found", id_number=h.id_number, purpose="Employment")


def us_state_check(h: Holder, iss: Issue):
    """USA, a state bureau of criminal identification's record check (fingerprint-based), English."""
    page = (
        Block("letterhead", rows=(("STATE OF OHIO — OFFICE OF THE ATTORNEY GENERAL",), ("Bureau of Criminal Investigation (SPECIMEN)",)), align="left"),
        Block("title", "CRIMINAL RECORD CHECK — IDENTITY HISTORY", align="center"),
        Block("field", rows=(("Name", f"{h.surname}, {h.given}"), ("Date of birth", f"{h.birth.month:02d}/{h.birth.day:02d}/{h.birth.year}"),
                             ("Place of birth", h.birth_place), ("Reason fingerprinted", "Employment — foreign visa"),
                             ("Transaction control number", iss.ref))),
        Block("para", "A search of the state's criminal history files, based on the fingerprints submitted, revealed NO RECORD."),
        Block("field", rows=(("Date of response", f"{iss.issued.month:02d}/{iss.issued.day:02d}/{iss.issued.year}"),)),
        Block("signature", "Superintendent, Bureau of Criminal Investigation", align="right"),
        specimen_footer("Ohio BCI record check"),
    )
    return page, _facts(h, iss, "State of Ohio, Attorney General, Bureau of Criminal Investigation", "Criminal record check", result="No record")


def gb_acro(h: Holder, iss: Issue):
    """UK, ACRO Criminal Records Office police certificate, English."""
    page = (
        Block("letterhead", rows=(("ACRO CRIMINAL RECORDS OFFICE (SPECIMEN)",), ("PO Box 000, Hampshire, United Kingdom",)), align="left"),
        Block("title", "POLICE CERTIFICATE", align="center"),
        Block("field", rows=(("Certificate number", iss.ref), ("Surname", h.surname), ("Forename(s)", h.given),
                             ("Date of birth", dmy(h.birth)), ("Place of birth", h.birth_place), ("Passport number", h.id_number))),
        Block("para", "A search of the records held on the Police National Computer has been made. NO TRACE of the above named person."),
        Block("field", rows=(("Date of issue", dmy(iss.issued)),)),
        Block("signature", "ACRO Criminal Records Office", align="right"),
        specimen_footer("ACRO police certificate"),
    )
    return page, _facts(h, iss, "ACRO Criminal Records Office (United Kingdom)", "Police certificate", result="No trace", id_number=h.id_number)


def ca_rcmp(h: Holder, iss: Issue):
    """Canada, RCMP certified criminal record check, bilingual English/French."""
    page = (
        Block("letterhead", rows=(("Royal Canadian Mounted Police — Gendarmerie royale du Canada",), ("Canadian Criminal Real Time Identification Services (SPECIMEN)",)), align="left"),
        Block("title", "CERTIFIED CRIMINAL RECORD CHECK / VÉRIFICATION DE CASIER JUDICIAIRE CERTIFIÉE", align="center"),
        Block("field", rows=(("Name / Nom", f"{h.surname}, {h.given}"), ("Date of birth / Date de naissance", ymd(h.birth)),
                             ("Reference / Référence", iss.ref))),
        Block("para", "Based on the fingerprints submitted, no criminal record could be located in the RCMP national repository."),
        Block("para", "D'après les empreintes digitales soumises, aucun casier judiciaire n'a été trouvé dans le dépôt national de la GRC."),
        Block("field", rows=(("Date / Date", ymd(iss.issued)),)),
        Block("signature", "Manager / Gestionnaire", align="right"),
        specimen_footer("RCMP certified criminal record check"),
    )
    return page, _facts(h, iss, "Royal Canadian Mounted Police", "Certified criminal record check", result="No criminal record located")


def ph_nbi(h: Holder, iss: Issue):
    """Philippines, NBI clearance of the National Bureau of Investigation, English."""
    page = (
        Block("letterhead", rows=(("REPUBLIC OF THE PHILIPPINES — DEPARTMENT OF JUSTICE",), ("NATIONAL BUREAU OF INVESTIGATION (SPECIMEN)",)), align="center"),
        Block("title", "NBI CLEARANCE", align="center"),
        Block("photo", "float", align="right"),
        Block("field", rows=(("NBI ID No.", iss.ref), ("Name", f"{h.surname}, {h.given}"), ("Date of birth", dmy(h.birth)),
                             ("Place of birth", h.birth_place), ("Purpose", "TRAVEL ABROAD / EMPLOYMENT"))),
        Block("para", "This is to certify that the person whose name, photo and fingerprint appear herein has", align="left"),
        Block("para", "NO DEROGATORY RECORD", align="center"),
        Block("field", rows=(("Date issued", dmy(iss.issued)), ("Valid until", dmy(iss.issued.replace(year=iss.issued.year + 1))))),
        Block("signature", "Director", align="right"),
        specimen_footer("NBI clearance"),
    )
    return page, _facts(h, iss, "Republic of the Philippines, National Bureau of Investigation", "NBI clearance",
                        result="No derogatory record", purpose="Travel abroad / employment")


def ng_police(h: Holder, iss: Issue):
    """Nigeria, police character certificate of the Nigeria Police Force, English."""
    page = (
        Block("letterhead", rows=(("NIGERIA POLICE FORCE",), ("Force Criminal Investigation Department (SPECIMEN)",)), align="center"),
        Block("title", "POLICE CHARACTER CERTIFICATE", align="center"),
        Block("field", rows=(("Certificate No.", iss.ref), ("Name", f"{h.given} {h.surname}"), ("Date of birth", dmy(h.birth)),
                             ("State of origin", h.birth_place), ("NIN", h.id_number))),
        Block("para", "This is to certify that a search of the criminal records of the Force Criminal Registry has been conducted "
                      "and the above named person has NO CRIMINAL RECORD."),
        Block("field", rows=(("Date", dmy(iss.issued)),)),
        Block("stamp", rows=(("NIGERIA POLICE FORCE",), ("CRIMINAL REGISTRY",), ("SPECIMEN",)), align="left"),
        Block("signature", "Commissioner of Police", align="right"),
        specimen_footer("Police character certificate"),
    )
    return page, _facts(h, iss, "Nigeria Police Force, criminal investigation department", "Police character certificate",
                        result="No criminal record", id_number=h.id_number)


def be_extract(lang: str):
    def build(h: Holder, iss: Issue):
        """Belgium, extract from the central criminal register (Model 1), e-sealed since 2021."""
        nl = lang == "nl"
        page = (
            Block("letterhead", rows=(("FOD JUSTITIE — Centraal Strafregister (SPECIMEN)" if nl else "SPF JUSTICE — Casier judiciaire central (SPECIMEN)",),),
                  align="left"),
            Block("title", "UITTREKSEL UIT HET STRAFREGISTER" if nl else "EXTRAIT DU CASIER JUDICIAIRE", align="center"),
            Block("subtitle", "Model 1 — art. 595 Wetboek van strafvordering" if nl else "Modèle 1 — art. 595 du Code d'instruction criminelle", align="center"),
            Block("field", rows=(("Naam" if nl else "Nom", h.surname), ("Voornamen" if nl else "Prénoms", h.given),
                                 ("Geboortedatum" if nl else "Date de naissance", dmy(h.birth)),
                                 ("Geboorteplaats" if nl else "Lieu de naissance", h.birth_place),
                                 ("Rijksregisternummer" if nl else "Numéro de registre national", h.id_number))),
            Block("para", "GEEN VERMELDINGEN" if nl else "NÉANT", align="center"),
            Block("field", rows=(("Referentie" if nl else "Référence", iss.ref), ("Datum van afgifte" if nl else "Date de délivrance", dmy(iss.issued)))),
            Block("para", "Dit document is voorzien van een elektronisch zegel (SPECIMEN)." if nl else
                          "Ce document est revêtu d'un cachet électronique (SPECIMEN)."),
            specimen_footer("Centraal Strafregister" if nl else "Casier judiciaire central"),
        )
        return page, _facts(h, iss, "Belgium, FPS Justice, central criminal register", "Extract from the criminal register (model 1)",
                            result="No entries", id_number=h.id_number)
    return build


CR = "criminal_record"
MODELS_D = [
    DModel("d-ma-casier-judiciaire-b3", CR, "MA", "ar+fr", "Arabic+Latin", "freeserif",
           ma_casier, "Criminal record, bulletin no. 3",
           'demarchesmaroc.com/extrait-de-casier-judiciaire (bulletin n° 3, السجل العدلي); expert-maroc.com/casier-judiciaire-maroc-demarches-administratives'),
    DModel("d-eg-criminal-status-certificate", CR, "EG", "ar", "Arabic", "freeserif",
           eg_fish, "Certificate of criminal status",
           'nile.eg (صحيفة حالة جنائية (فيش وتشبيه) مصدقة من وزارتي الداخلية والخارجية); sports-leb.com (الإدارة العامة للأدلة الجنائية)'),
    DModel("d-tn-bulletin-3", CR, "TN", "ar", "Arabic", "freeserif",
           tn_b3, "Bulletin no. 3",
           'fr.allafrica.com/stories/201708030940.html, huffpostmaghreb.com 2017-07-28 (bulletin n° 3, b3.interieur.gov.tn); sicad.gov.tn'),
    DModel("d-in-up-police-character-certificate", CR, "IN", "hi", "Devanagari", "freesans",
           in_character, "Character certificate",
           'wording of district police character certificates (चरित्र प्रमाण पत्र); isarey-document-attestation.com (MEA apostille)'),
    DModel("d-tr-adli-sicil-kaydi", CR, "TR", "tr", "Latin", "carlito",
           tr_adli, "Criminal record (Adli Sicil Kaydı)",
           'adlisicil.adalet.gov.tr/sayfa/nasil.htm (e-Devlet, barkod numarası); flyo.com.tr (16-digit barcode, Resmi Kurum)'),
    DModel("d-ru-spravka-sudimost", CR, "RU", "ru", "Cyrillic", "freeserif",
           ru_spravka, "Certificate of (absence of) convictions",
           'gosuslugisovet.ru; immigrationtorussia.com (справка о наличии (отсутствии) судимости, приказ МВД № 1121)'),
    DModel("d-ua-vytyag-mvs", CR, "UA", "uk", "Cyrillic", "freesans",
           ua_vytyag, "Extract on criminal liability and convictions",
           'wiki.legalaid.gov.ua; kozova-rada.gov.ua (витяг з ІАС, QR-код, наказ МВС від 30.03.2022 № 207)'),
    DModel("d-cn-no-criminal-record-certificate", CR, "CN", "zh", "Han", "wqy",
           cn_wufanzui, "Certificate of no criminal record",
           "jianlw.com/post/1242.html (经查询，未发现…有犯罪记录); plnmw.com template (特此证明); hicom-asia.com (China's apostille)"),
    DModel("d-vn-phieu-ly-lich-tu-phap-1", CR, "VN", "vi", "Latin", "freesans",
           vn_phieu, "Judicial record card no. 1",
           'xuatnhapcanhvietnam.com/ly-lich-tu-phap/phieu-ly-lich-tu-phap-so-1; taichinhvisa.vn (form 06/2024/LLTP)'),
    DModel("d-it-certificato-casellario", CR, "IT", "it", "Latin", "caladea",
           it_casellario, "Certificate of the criminal record",
           'consmanchester.esteri.it (certificati penali, Procura della Repubblica); comune-italia.it; certificati-online.it'),
    DModel("d-ro-cazier-judiciar", CR, "RO", "ro", "Latin", "freeserif",
           ro_cazier, "Criminal record certificate",
           'public descriptions of the Romanian certificat de cazier judiciar (Poliția Română); layout invented'),
    DModel("d-pl-krk-e-informacja", CR, "PL", "pl", "Latin", "carlito",
           pl_krk, "Information from the National Criminal Register",
           'arch-bip.ms.gov.pl (Krajowy Rejestr Karny, e-KRK, multilingual form under Regulation 2016/1191); biznes.gov.pl'),
    DModel("d-es-certificado-antecedentes", CR, "ES", "es", "Latin", "freesans",
           es_antecedentes, "Certificate of criminal records",
           'sede.mjusticia.gob.es (certificado electrónico de antecedentes penales); infobae.com 2025-01-23 (Registro Central de Penados)'),
    DModel("d-br-certidao-pf", CR, "BR", "pt", "Latin", "freesans",
           br_certidao, "Certificate of criminal records",
           'agenciabrasil.ebc.com.br 2021-09 (certidão de antecedentes criminais da PF, 90 dias); jornalcontabil.com.br'),
    DModel("d-co-antecedentes-ponal", CR, "CO", "es", "Latin", "caladea",
           co_antecedentes, "Certificate of criminal records",
           "astrolabio.com.co ('no tiene asuntos pendientes con las autoridades judiciales'); elmejorinmigrante.com (apostilla)"),
    DModel("d-mx-constancia-no-penales", CR, "MX", "es", "Latin", "freeserif",
           mx_constancia, "Certificate of no criminal record",
           'public descriptions of state constancias de antecedentes no penales (Fiscalía General del Estado); layout invented'),
    DModel("d-us-oh-bci-check", CR, "US", "en", "Latin", "nimbussans",
           us_state_check, "Criminal record check",
           'US state bureau of criminal identification record checks; wikipedia Apostille Convention (Secretaries of State)'),
    DModel("d-gb-acro-police-certificate", CR, "GB", "en", "Latin", "urwgothic",
           gb_acro, "Police certificate",
           'acro.police.uk/Guidance-for-British-embassies (No Trace, PNC); legalisation.com/apostille/acro-police-certificate'),
    DModel("d-ca-rcmp-certified-check", CR, "CA", "en+fr", "Latin", "c059",
           ca_rcmp, "Certified criminal record check",
           'RCMP certified criminal record check (fingerprint-based, bilingual); Canada party since 11-01-2024'),
    DModel("d-ph-nbi-clearance", CR, "PH", "en", "Latin", "narrow",
           ph_nbi, "NBI clearance",
           "nbiclearancesonline.ph, nbirenewal.ca ('NO DEROGATORY RECORD'); respicio.ph (NBI clearance, public document)"),
    DModel("d-ng-police-character-certificate", CR, "NG", "en", "Latin", "bookman",
           ng_police, "Police character certificate",
           'nigeria.diplomatie.belgium.be/en/legalisation-documents (e-Legalisation since 23-11-2020); legalisation.ng'),
    DModel("d-be-extract-model-1-nl", CR, "BE", "nl", "Latin", "p052",
           be_extract("nl"), "Extract from the criminal register",
           'field notes: Belgian extracts e-sealed since 22 June 2021; reference single-permit.md'),
    DModel("d-be-extract-model-1-fr", CR, "BE", "fr", "Latin", "p052",
           be_extract("fr"), "Extract from the criminal register",
           'field notes: Belgian extracts e-sealed since 22 June 2021; reference single-permit.md'),
]
