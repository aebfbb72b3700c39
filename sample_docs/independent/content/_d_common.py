"""Corpus D's shared pieces: the applicant in native script and in Latin letters, the facts a
document states (which sworn translations repeat), and the model record. Not a content module
(its name starts with "_", so generate.py's loader skips it).

Every name, number and authority here is invented; authorities are named generically.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from spec import Block


@dataclass(frozen=True)
class Holder:
    """The person a foreign document is about (fictitious), as written in the country's script
    (`*_native`) and in Latin letters (what a translation and the passport show)."""

    surname: str
    given: str
    surname_native: str
    given_native: str
    sex: str
    birth: date
    birth_place: str
    birth_place_native: str
    father_native: str
    mother_native: str
    id_number: str
    father: str = ""     # in Latin letters (what a translation writes)
    mother: str = ""


@dataclass(frozen=True)
class Issue:
    """What one document instance states besides the person: dates, numbers, and the institution."""

    issued: date
    ref: str
    rng: random.Random = field(default_factory=lambda: random.Random(0), compare=False)


# Keys of the facts a document states, in the order a translation repeats them.
FACT_KEYS = ("authority", "title", "surname", "given", "birth_date", "birth_place", "father", "mother", "id_number",
             "result", "degree", "institution", "examination", "purpose", "ref", "issued", "place", "signatory")

Facts = tuple[tuple[str, str], ...]
Build = Callable[[Holder, Issue], tuple[tuple[Block, ...], Facts]]


@dataclass(frozen=True)
class DModel:
    """One real-world model of a foreign document, as issued in one country.

    build(holder, issue) -> (the document's single page of blocks, the facts it states in English, for
    translations). source: where the layout and wording were seen (README)."""

    name: str
    doc_type: str
    country: str            # ISO 3166-1 alpha-2 of the issuing authority
    language: str           # ISO 639-1, "ar+fr" when bilingual
    script: str
    font: str               # render.py family that has the script's glyphs
    build: Build
    title_en: str
    source: str


def ref(r: random.Random, pattern: str) -> str:
    """A fictitious number: # digit, @ capital letter."""
    return "".join(str(r.randint(0, 9)) if c == "#" else chr(65 + r.randint(0, 25)) if c == "@" else c for c in pattern)


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd(d: date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


# Names (invented combinations) by country: (surname, given, surname native, given native, sex, place, place native,
# father native (for RU and UA: the patronymic), mother native, id pattern)
HOLDERS: dict[str, list[tuple[str, ...]]] = {
    "MA": [("EL IDRISSI", "Salma", "الإدريسي", "سلمى", "F", "Meknès", "مكناس", "محمد", "فاطمة", "@@######", "Mohammed", "Fatima"),
           ("BENJELLOUN", "Hamza", "بنجلون", "حمزة", "M", "Oujda", "وجدة", "عبد الله", "خديجة", "@######", "Abdellah", "Khadija")],
    "EG": [("ABDELRAHMAN", "Mona", "عبد الرحمن", "منى", "F", "Alexandria", "الإسكندرية", "أحمد", "سعاد", "##############", "Ahmed", "Souad"),
           ("FAHMY", "Karim", "فهمي", "كريم", "M", "Giza", "الجيزة", "مصطفى", "نادية", "##############", "Moustafa", "Nadia")],
    "TN": [("TRABELSI", "Yassine", "الطرابلسي", "ياسين", "M", "Sfax", "صفاقس", "الهادي", "منية", "########", "Hedi", "Mounia")],
    "IN": [("SHARMA", "Vikram", "शर्मा", "विक्रम", "M", "Lucknow", "लखनऊ", "राजेश शर्मा", "सुनीता शर्मा", "@@@#######", "Rajesh Sharma", "Sunita Sharma"),
           ("VERMA", "Pooja", "वर्मा", "पूजा", "F", "Kanpur", "कानपुर", "अशोक वर्मा", "मीना वर्मा", "@@@#######", "Ashok Verma", "Meena Verma")],
    "RU": [("SOKOLOVA", "Anna", "Соколова", "Анна", "F", "Kazan", "Казань", "Сергеевна", "Елена", "## ## ######", "Sergeevna", "Elena"),
           ("MOROZOV", "Dmitrii", "Морозов", "Дмитрий", "M", "Samara", "Самара", "Игоревич", "Ольга", "## ## ######", "Igorevich", "Olga")],
    "UA": [("MELNYK", "Oksana", "Мельник", "Оксана", "F", "Poltava", "Полтава", "Петрівна", "Галина", "#########", "Petrivna", "Halyna"),
           ("TKACHENKO", "Bohdan", "Ткаченко", "Богдан", "M", "Vinnytsia", "Вінниця", "Васильович", "Наталія", "#########", "Vasylovych", "Nataliia")],
    "CN": [("WANG", "Xiaoming", "王", "晓明", "M", "Hangzhou", "杭州", "王建国", "李秀英", "33010619########", "Wang Jianguo", "Li Xiuying"),
           ("CHEN", "Yuting", "陈", "雨婷", "F", "Nanjing", "南京", "陈志强", "刘芳", "32010219########", "Chen Zhiqiang", "Liu Fang")],
    "JP": [("SATO", "Hanako", "佐藤", "花子", "F", "Sendai", "仙台", "佐藤一郎", "佐藤恵子", "########", "Sato Ichiro", "Sato Keiko")],
    "VN": [("NGUYEN", "Thi Lan", "Nguyễn", "Thị Lan", "F", "Hai Phong", "Hải Phòng", "Nguyễn Văn Hùng", "Trần Thị Mai", "0##2########")],
    "TR": [("YILDIZ", "Ayşe", "YILDIZ", "Ayşe", "F", "Konya", "Konya", "Mustafa", "Fatma", "###########"),
           ("DEMİR", "Burak", "DEMİR", "Burak", "M", "Eskişehir", "Eskişehir", "Hasan", "Emine", "###########")],
    "BR": [("PEREIRA DOS SANTOS", "Lucas", "PEREIRA DOS SANTOS", "Lucas", "M", "Belo Horizonte", "Belo Horizonte", "José Pereira dos Santos", "Maria Aparecida Pereira", "###.###.###-##"),
           ("ALMEIDA COSTA", "Juliana", "ALMEIDA COSTA", "Juliana", "F", "Fortaleza", "Fortaleza", "Paulo Costa", "Rita de Almeida", "###.###.###-##")],
    "CO": [("RAMÍREZ OSPINA", "Daniela", "RAMÍREZ OSPINA", "Daniela", "F", "Manizales", "Manizales", "Jorge Ramírez", "Luz Ospina", "##########")],
    "MX": [("HERNÁNDEZ LUNA", "Carlos Alberto", "HERNÁNDEZ LUNA", "Carlos Alberto", "M", "Puebla", "Puebla", "Alberto Hernández", "Rosa Luna", "@@@@######@@@@@@##")],
    "ES": [("GARCÍA MORENO", "Lucía", "GARCÍA MORENO", "Lucía", "F", "Zaragoza", "Zaragoza", "Antonio", "Carmen", "########@"),
           ("ROMERO VIDAL", "Javier", "ROMERO VIDAL", "Javier", "M", "Valladolid", "Valladolid", "Luis", "Pilar", "########@")],
    "IT": [("FERRARI", "Giulia", "FERRARI", "Giulia", "F", "Bergamo", "Bergamo", "Marco", "Paola", "@@@@@@##@##@###@")],
    "PL": [("WIŚNIEWSKA", "Katarzyna", "WIŚNIEWSKA", "Katarzyna", "F", "Lublin", "Lublin", "Tadeusz", "Bożena", "###########"),
           ("KOWALCZYK", "Piotr", "KOWALCZYK", "Piotr", "M", "Rzeszów", "Rzeszów", "Andrzej", "Grażyna", "###########")],
    "RO": [("POPESCU", "Andreea", "POPESCU", "Andreea", "F", "Brașov", "Brașov", "Ion", "Elena", "#############")],
    "US": [("CARTER", "Jessica Lynn", "CARTER", "Jessica Lynn", "F", "Columbus, Ohio", "Columbus, Ohio", "", "", "###-##-####")],
    "GB": [("HUGHES", "Oliver James", "HUGHES", "Oliver James", "M", "Leeds", "Leeds", "", "", "@@######@")],
    "CA": [("TREMBLAY", "Émilie", "TREMBLAY", "Émilie", "F", "Sherbrooke, Québec", "Sherbrooke (Québec)", "", "", "@#######")],
    "PH": [("DELA PAZ", "Maria Cristina", "DELA PAZ", "Maria Cristina", "F", "Iloilo City", "Iloilo City", "Roberto Dela Paz", "Teresita Dela Paz", "@#######@"),
           ("VILLANUEVA", "John Paul", "VILLANUEVA", "John Paul", "M", "Baguio City", "Baguio City", "Ernesto Villanueva", "Leonora Villanueva", "@#######@")],
    "NG": [("OKONKWO", "Chidinma", "OKONKWO", "Chidinma", "F", "Onitsha", "Onitsha", "Emmanuel Okonkwo", "Grace Okonkwo", "###########"),
           ("ADEBAYO", "Tunde", "ADEBAYO", "Tunde", "M", "Ibadan", "Ibadan", "Samuel Adebayo", "Funmilayo Adebayo", "###########")],
    "BE": [("JANSSENS", "Sofie", "JANSSENS", "Sofie", "F", "Mechelen", "Mechelen", "", "", "##.##.##-###.##"),
           ("DUBOIS", "Julien", "DUBOIS", "Julien", "M", "Namur", "Namur", "", "", "##.##.##-###.##")],
}


def make_holder(country: str, key: str) -> Holder:
    """A fictitious holder from `country`, chosen and dated from sha256 of `key` (via the caller's seed)."""
    import hashlib
    r = random.Random(int(hashlib.sha256(("holder|" + key).encode()).hexdigest()[:15], 16))
    row = r.choice(HOLDERS[country])
    s, g, sn, gn, sex, place, place_n, fa, mo, idp = row[:10]
    fa_l, mo_l = row[10:12] if len(row) > 10 else (fa, mo)
    born = date(r.randint(1982, 2000), r.randint(1, 12), r.randint(1, 28))
    return Holder(surname=s, given=g, surname_native=sn, given_native=gn, sex=sex, birth=born, birth_place=place,
                  birth_place_native=place_n, father_native=fa, mother_native=mo, id_number=ref(r, idp),
                  father=fa_l, mother=mo_l)


def cjk_wrap(text: str, width: int = 36) -> str:
    """Line breaks for Chinese/Japanese text (no spaces, so the renderer's word wrap cannot break it)."""
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def specimen_footer(text: str) -> Block:
    return Block("footer", text + " — SPECIMEN: fictitious document made for software testing; not valid.")
