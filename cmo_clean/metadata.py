"""Metadata found in the text: title and site, byline, publication date.

These lines are not boilerplate, they are metadata in the wrong place: each
one found is moved into the frontmatter (and reported as moved).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any
from urllib.parse import urlsplit

from cmo_clean.blocks import SCRIPT_PERIODS, WORD, opens_capitalized
from cmo_clean.document import Block, BlockKind

# -- title and site ----------------------------------------------------------

_SITE_SEPARATORS = (" | ", " – ", " — ", " - ", " · ", " :: ", " // ")
MAX_SITE_WORDS = 5


def split_site_suffix(title: str, url: str | None) -> tuple[str, str | None]:
    """'Forging new paths | ZS' -> ('Forging new paths', 'ZS').

    ' | ' marks a site name on its own; ' - ' and friends only when the suffix
    matches the URL's host, since titles use dashes in their own right.
    """
    for separator in _SITE_SEPARATORS:
        head, found, suffix = title.rpartition(separator)
        if not found or not head.strip():
            continue
        suffix = suffix.strip()
        if not suffix or len(suffix.split()) > MAX_SITE_WORDS or len(head) < len(suffix):
            continue
        if _matches_host(suffix, url) or (separator == " | " and opens_capitalized(suffix)):
            return head.strip(), suffix
    return title, None


def _matches_host(name: str, url: str | None) -> bool:
    """The site name spells the host: 'ZS' ~ zs.com, 'The New York Times' ~ nytimes.com."""
    if not url:
        return False
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "blog", "news")]
    if not parts:
        return False
    core = max(parts[:-1] or parts, key=len)
    letters = "".join(ch for ch in name.lower() if ch.isalnum())
    if not letters or not core:
        return False
    position = 0
    for ch in core:  # the host is a subsequence of the name's letters
        position = letters.find(ch, position) + 1
        if position == 0:
            return False
    return len(core) >= 2


MAX_TITLE_WORDS = 20
# A line ending in one of these goes on, or is a label: no title (full-width forms included).
_CLAUSE_ENDS = (".", ":", ";", ",", "\uff1a", "\uff1b", "\uff0c", "\u3001", *SCRIPT_PERIODS)


def is_title_like(block: Block) -> bool:
    """A first line that reads as a title: short, no sentence end, not a label."""
    f = block.features
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.line_count != 1:
        return False
    if not 2 <= f.words <= MAX_TITLE_WORDS or f.links or f.image_only:
        return False
    return not f.visible.endswith(_CLAUSE_ENDS) and opens_capitalized(f.visible)


def is_headline_like(block: Block) -> bool:
    """A title-like line that could be a headline over prose, not a name, a time or a score line.

    Stricter than `is_title_like`, for a line found above the article rather
    than given as the first line: the lines there are also bylines without
    "By" ("Jane Doe"), times ("Today 12:01 AM") and rows of scores.
    """
    if not is_title_like(block):
        return False
    text = block.features.visible
    if block.features.words < MIN_HEADLINE_WORDS or _TIME_OF_DAY.search(text) or _DATE_SHAPE.search(text):
        return False
    if len(_TRAIL_SEPARATOR.findall(text)) >= 2:
        return False  # "Blog > Weight Loss > Tips": a breadcrumb trail
    if _NOT_A_HEADLINE.search(text):
        return False  # a handle, an address, or a picture's credit
    return len(_NUMBER.findall(text)) < MAX_HEADLINE_NUMBERS


MIN_HEADLINE_WORDS = 3
# "Palm Bay 18 22 13 17 — 70" is a row of a table; a headline has a number or two.
MAX_HEADLINE_NUMBERS = 3
# "Jane Doe @janedoe / 2 days", "AS - www.example.com", "Al Goldis, Associated Press", "... Jane Doe/Getty".
_NOT_A_HEADLINE = re.compile(
    r"(?<![\w@])@\w{2,}|\bwww\.|https?://|\b[\w-]+\.(?:com|org|net|co\.uk)\b|"
    r"(?:associated press|getty images|/getty|reuters|\bafp\b|usa today|ap photo|shutterstock)\s*$",
    re.I,
)
_TRAIL_SEPARATOR = re.compile(r"\s(?:>|›|»|/|→)\s")
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.])")


# -- byline ------------------------------------------------------------------

# A byline opens with a byline word ("By", "Von:", "Publié le ... par", "Autora:")
# and names a person: two to five capitalized words.
_BYLINE_START = re.compile(
    r"^(?:written|posted|published|veröffentlicht|geschrieben|publié|écrit|publicado|escrito|"
    r"by|von|par|por|di|door|av|af|autor(?:in|a)?|author|auteur(?:e)?|texte?|redacción|автор|yazar|"
    r"tác giả|penulis|oleh|szerző|írta|teksti|kirjoittaja|skrevet|autorka|piše|пише)\b",
    re.I,
)
_BYLINE_NAME = re.compile(
    r"(?:\b(?:by|von|par|por|di|door|av|af)\s*:?\s+|"
    r"\b(?:autor(?:in|a)?|author|auteur(?:e)?|texte?|redacción|автор|yazar|"
    r"tác giả|penulis|oleh|szerző|írta|teksti|kirjoittaja|autorka|piše|пише)\s*:\s*)"
    r"(?P<name>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]*){1,4})",
    re.I,
)
_NAME_PARTICLES = {"van", "von", "de", "del", "der", "da", "di", "la", "le"}
MAX_BYLINE_WORDS = 16


# "Jane Doe, 3 June 2024": a name, then the date.
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*[,|·•–-]\s*"
)


# A writer's name and social handle, maybe with when: "Jane Doe @janedoe / 2 days".
_NAME_THEN_HANDLE = re.compile(
    r"^(?!(?i:follow|folgen?|suivez|suivre|sigue|siga|segui)\b)"
    r"(?P<name>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+@\w{2,}"
    r"(?=\s*$|\s*[/|·•–-]\s*(?:\d+\s*\w+(?:\s+ago)?|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})\s*$)"
)


# Chinese, Japanese and Korean bylines name the writer without spaces or
# capitals, before or after the word for reporter: "记者 张小明", "文／山田太郎",
# "박지훈 기자" (an e-mail address may follow).
_CJK_NAME = r"(?P<name>[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,6})"
_CJK_BYLINE = re.compile(
    rf"^(?:本[报報])?(?:记者|記者|作者|撰文|文|执笔|執筆|筆者|기자|글)(?:\s*[:：/／|]\s*|\s+){_CJK_NAME}(?:\s|$)|"
    rf"^{_CJK_NAME.replace('name', 'name2')}\s?(?:기자|記者|记者|特派員|特派员)(?:\s|$)"
)


def _cjk_byline(text: str) -> str | None:
    match = _CJK_BYLINE.match(text)
    if match is None:
        return None
    return match.group("name") or match.group("name2")


def find_byline(block: Block) -> str | None:
    """The author's name in a byline block, or None."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.line_count != 1:
        return None
    f = block.features
    if f.sentences > 2:
        return None
    text = _GLUED_META_LABEL.sub(" · ", f.visible.strip())
    if f.words > MAX_BYLINE_WORDS:
        # Only dates and times may make a byline long (counting them is slow: most long blocks have none).
        if f.words > MAX_META_ROW_WORDS or not _DIGIT.search(text):
            return None
        if not (_BYLINE_START.match(text) or _META_FIELD_SEPARATOR.search(text)):
            return None
        if _undated_words(text) > MAX_BYLINE_WORDS:
            return _meta_row_byline(text)
    return _byline_name(text) or _meta_row_byline(text)


# A page's meta fields set side by side in their own boxes lose the space
# between them in a copy: "Author:Jane DoePublish date:Oct 4, 2018". A date's
# label right after a word is the next field.
_GLUED_META_LABEL = re.compile(
    r"(?<=[^\s·|•–—-])(?=(?:Publish(?:ed)?(?: [Dd]ate| on)?|Updated(?: on)?|Posted(?: on)?|Date"
    r"|Veröffentlicht(?: am)?|Aktualisiert(?: am)?|Datum|Publié le|Mis à jour le"
    r"|Publicado(?: el)?|Actualizado(?: el)?|Fecha)\s*:)"
)


# A WordPress-style meta row holds the byline among other fields:
# "05/10/2018 - Posted by: Jane Doe - Category: Health - Tags: pier, ferry".
MAX_META_ROW_WORDS = 60
_META_FIELD_SEPARATOR = re.compile(r"\s+[-|·•–—]\s+")
_META_FIELD = re.compile(
    r"^(?:categor(?:y|ies|ia|ías?|ie|ies)|kategorie(?:n)?|catégories?|rubri(?:k|que)|sections?|secci[oó]n|se[cç][aã]o|"
    r"tags?|schlagw[oö]rter|stichw[oö]rter|étiquettes?|etiquetas?|mots-clés|posted in|filed under|"
    r"veröffentlicht in|publié dans|publicado en|publicado em)\b|"
    r"^\d+ (?:comments?|kommentare?|commentaires?|comentarios?|comentários?)$",
    re.I,
)


def _meta_row_byline(text: str) -> str | None:
    fields = [field.strip() for field in _META_FIELD_SEPARATOR.split(text) if field.strip()]
    if len(fields) < 2:
        return None
    name = None
    for field in fields:
        if _DATE_SHAPE.fullmatch(field) or _META_FIELD.match(field):
            continue
        if name is None:
            name = _byline_name(field)
            if name is not None:
                continue
        return None  # a field that is neither the byline nor page metadata
    return name


def _byline_name(text: str) -> str | None:
    cjk = _cjk_byline(text)
    if cjk is not None:
        return cjk
    match = _BYLINE_NAME.search(text) if _BYLINE_START.match(text) else None
    if match is None:
        match = _NAME_THEN_HANDLE.match(text)
    if match is None:
        match = _NAME_THEN_DATE.match(text)
        if match is None or not _DATE_SHAPE.fullmatch(text[match.end() :].strip()):
            return None
    words = []
    name_words = match.group("name").split()
    after = text[match.end() :].split()
    for position, word in enumerate(name_words):
        word = word.strip(",;")
        following = (name_words[position + 1 :] + after)[:1]
        if _MONTH_WORD.fullmatch(word) and following and following[0][:1].isdigit():
            break  # "By Jane Doe November 19, 2019": the date starts (but "By Theresa May" is a name)
        if word and (word[0].isupper() or word in _NAME_PARTICLES):
            words.append(word)
        else:
            break
    while words and words[-1] in _NAME_PARTICLES:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(".")
    return " ".join(words) if len(words) >= 2 else None


# -- date --------------------------------------------------------------------

# Month names (and abbreviations) by number, in the languages of the phrase tables.
# (Greek in the genitive of dates, "19 Νοεμβρίου 2019", and in the nominative; Danish
# needs only "marts", its other months being spelled as in German, Swedish or English; so
# does Norwegian. Finnish in the partitive of dates, "15. tammikuuta 2025"; Slovak in the
# genitive, "15. januára 2025"; Catalan "15 de gener de 2025", "15 d'abril de 2025".)
_MONTH_NAMES: tuple[str, ...] = (
    r"ιαν(?:ουαρ[ίι]ου|ου[άα]ριος|\.)?|jan(?:uary|uar|vier|\.)?|enero|janeiro|gennaio|januari|января|stycznia|ocak|"
    r"tháng (?:0?1|một|giêng)|ledna|leden|січня|ianuarie|ian\.|január|"
    r"tammikuu(?:ta)?|tammik\.|januára|gener|gen\.|"
    r"януари|јануара?|januara|siječnja|siječanj",
    r"φεβ(?:ρουαρ[ίι]ου|ρου[άα]ριος|\.)?|feb(?:ruary|ruar|\.)?|f[ée]v(?:rier|\.)?|febrero|fevereiro|febbraio|februari|февраля|lutego|şubat|"
    r"tháng (?:0?2|hai)|února|únor|лютого|februarie|február|febr|"
    r"helmikuu(?:ta)?|helmik\.|februára|febrer|"
    r"февруари|фебруара?|februara|veljače|veljača",
    r"μαρτ[ίι]ου|μ[άα]ρτιος|μαρ\.?|marts|mar(?:ch|\.)?|m[äa]rz|mars|marzo|março|maart|марта|marca|mart|"
    r"tháng (?:0?3|ba)|maret|března|březen|березня|martie|március|márc|"
    r"maaliskuu(?:ta)?|maalisk\.|marec|març|"
    r"марта?|marta|ožujka|ožujak|mac",
    r"απριλ[ίι]ου|απρ[ίι]λιος|απρ\.?|apr(?:il|\.)?|avr(?:il|\.)?|abril|aprile|апреля|kwietnia|nisan|"
    r"tháng (?:0?4|tư|bốn)|dubna|duben|квітня|aprilie|április|ápr|"
    r"huhtikuu(?:ta)?|huhtik\.|apríl(?:a)?|"
    r"април[а]?|aprila|travnja|travanj",
    r"μα[ΐϊι]ου|μ[άα][ιϊ]ος|may|mai|mayo|maio|maggio|mei|maj|мая|maja|mayıs|"
    r"tháng (?:0?5|năm)|května|květen|травня|május|máj(?:a)?|"
    r"toukokuu(?:ta)?|toukok\.|maig|"
    r"май|маја?|svibnja|svibanj",
    r"ιουν[ίι]ου|ιο[ύυ]νιος|ιουν\.?|jun(?:e|i|\.)?|juin|junio|junho|giugno|июня|czerwca|haziran|"
    r"tháng (?:0?6|sáu)|června|červen|червня|iunie|június|jún(?:a)?|"
    r"kesäkuu(?:ta)?|kesäk\.|juny|"
    r"юни|јуна?|juna|lipnja|lipanj",
    r"ιουλ[ίι]ου|ιο[ύυ]λιος|ιουλ\.?|jul(?:y|i|\.)?|juil(?:let|\.)?|julio|julho|luglio|июля|lipca|temmuz|"
    r"tháng (?:0?7|bảy)|července|červenec|липня|iulie|július|júl(?:a)?|"
    r"heinäkuu(?:ta)?|heinäk\.|juliol|"
    r"юли|јула?|jula|srpnja|srpanj|julai",
    r"αυγο[ύυ]στου|α[ύυ]γουστος|αυγ\.?|aug(?:ust|\.)?|ao[uû]t|agosto|augustus|augusti|августа|sierpnia|ağustos|"
    r"tháng (?:0?8|tám)|agustus|agu|srpna|srpen|серпня|augusztus|"
    r"elokuu(?:ta)?|elok\.|augusta|agost|"
    r"августа?|avgusta?|augusta|kolovoza|kolovoz|ogos",
    r"σεπτεμβρ[ίι]ου|σεπτ[έε]μβριος|σεπ\.?|sep(?:tember|tembre|t\.|\.)?|septiembre|setiembre|setembro|settembre|сентября|września|eylül|"
    r"tháng (?:0?9|chín)|září|вересня|septembrie|szeptember|szept|"
    r"syyskuu(?:ta)?|syysk\.|septembra|setembre|set\.|"
    r"септември|септемб(?:ар|ра)|septemb(?:ar|ra)|rujna|rujan",
    r"οκτωβρ[ίι]ου|οκτ[ώω]βριος|οκτ\.?|o[ck]t(?:ober|obre|\.)?|octubre|outubro|ottobre|октября|października|ekim|"
    r"tháng (?:10|mười)|října|říjen|жовтня|octombrie|október|"
    r"lokakuu(?:ta)?|lokak\.|októbra|"
    r"октомври|октоб(?:ар|ра)|oktob(?:ar|ra)",
    r"νοεμβρ[ίι]ου|νο[έε]μβριος|νοε\.?|nov(?:ember|embre|\.)?|noviembre|novembro|ноября|listopada|kasım|"
    r"tháng (?:11|mười một)|listopadu|listopad|листопада|noiembrie|"
    r"marraskuu(?:ta)?|marrask\.|novembra|"
    r"ноември|новемб(?:ар|ра)|novemb(?:ar|ra)|studenoga?|studeni",
    r"δεκεμβρ[ίι]ου|δεκ[έε]μβριος|δεκ\.?|de[cz](?:ember|embre|\.)?|d[ée]c(?:embre|\.)?|diciembre|dezembro|dicembre|декабря|grudnia|aralık|"
    r"tháng (?:12|mười hai|chạp)|desember|des|prosince|prosinec|грудня|decembrie|"
    r"joulukuu(?:ta)?|jouluk\.|decembra|desembre|"
    r"декември|децемб(?:ар|ра)|decemb(?:ar|ra)|prosinca|prosinac|disember",
)
_MONTHS = "|".join(_MONTH_NAMES)
# Thai months, in full and abbreviated ("15 มกราคม 2568", "15 ม.ค. 2568"). Their vowel signs are no
# word characters, so they have their own date pattern. The year is often the Buddhist Era's
# (543 years ahead of the Common Era): a year from 2400 on is read as one and converted.
_THAI_MONTH_NAMES = (r"มกราคม|ม\.ค\.", r"กุมภาพันธ์|ก\.พ\.", r"มีนาคม|มี\.ค\.", r"เมษายน|เม\.ย\.",
                     r"พฤษภาคม|พ\.ค\.", r"มิถุนายน|มิ\.ย\.", r"กรกฎาคม|ก\.ค\.", r"สิงหาคม|ส\.ค\.",
                     r"กันยายน|ก\.ย\.", r"ตุลาคม|ต\.ค\.", r"พฤศจิกายน|พ\.ย\.", r"ธันวาคม|ธ\.ค\.")  # fmt: skip
_THAI_MONTHS = "|".join(_THAI_MONTH_NAMES)
_THAI_DATE = rf"(\d{{1,2}})\s*({_THAI_MONTHS})\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(\d{{4}})"
BUDDHIST_ERA_OFFSET = 543
BUDDHIST_ERA_FROM = 2400  # no Common Era date on a page is this far ahead
# Croatian "listopad" is October, Polish "listopad" and Czech "listopadu" November; a
# Croatian date puts a full stop after its day ("15. listopada 2025."), a Polish one does not.
_CROATIAN_OCTOBER = re.compile(r"\d{1,2}\.\s*listopad(?:a)?\b", re.I)
_MONTH_NUMBER = [re.compile(rf"(?:{names})\.?", re.I) for names in _MONTH_NAMES]
# "19 November 2019", "19. November 2019", "19 de noviembre de 2019", "Nov. 19th, 2019",
# Vietnamese "19 tháng 11 năm 2019" (the month is "tháng" and a number or a word),
# Hungarian "2019. november 19." (year first).
_VI_MONTH = r"tháng\s+(?:\d{1,2}|mười\s+(?:một|hai)|[^\W\d_]+)"
_NAMED_MONTH_DATE = re.compile(
    rf"(?P<d1>\d{{1,2}})\.?\s*(?:de\s+|d['’])?(?P<m1>{_VI_MONTH}|[^\W\d_]+\.?)\s*(?:de\s+|năm\s+)?(?P<y1>\d{{4}})|"
    r"(?P<m2>[^\W\d_]+\.?)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})|"
    r"(?P<y3>\d{4})\.\s*(?P<m3>[^\W\d_]+\.?)\s*(?P<d3>\d{1,2})",
    re.I,
)
# Year first: Chinese and Japanese 2025年4月6日, Korean 2025년 5월 18일, and
# the dotted 2025.05.18 of East Asian sites. Their last character is a word
# character that text may follow without a space, so no \b closes them.
_YEAR_FIRST = (
    r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|"
    r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b"
)
_DATE_SHAPE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s*(?:de\s+|d['’])?(?:{_MONTHS})\.?\s*(?:de\s+|năm\s+)?\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{4}}\.\s*(?:{_MONTHS})\.?\s*\d{{1,2}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\b|{_YEAR_FIRST}|(?<!\d){_THAI_DATE}(?!\d)",
    re.I,
)
_MONTH_WORD = re.compile(rf"(?:{_MONTHS})\.?", re.I)
MAX_DATELINE_WORDS = 16  # two dates with times and labels ("Published: ... | Updated: ...")
# Besides the date, a dateline holds a label ("Updated:", "Veröffentlicht am")
# of a few words, and a time and weekday, which do not count.
MAX_DATELINE_LABEL_WORDS = 4
_CLOCK = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?\b|\b(?:[A-Z]{2}T|[ECMP][SD]T|UTC|GMT|CES?T|WIB|WITA)\b|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|δευτ[έε]ρα|τρ[ίι]τη|τετ[άα]ρτη|π[έε]μπτη|παρασκευ[ήη]|"
    r"σ[άα]ββατο|κυριακ[ήη])\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    r"pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|"
    r"pondělí|úterý|středa|čtvrtek|pátek|neděle|понеділок|вівторок|середа|четвер|п[’'ʼ]?ятниця|субота|неділя|"
    r"luni|mar[țţ]i|miercuri|joi|vineri|sâmbătă|duminică|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|"
    r"maanantai(?:na)?|tiistai(?:na)?|keskiviikko(?:na)?|torstai(?:na)?|perjantai(?:na)?|lauantai(?:na)?|sunnuntai(?:na)?|"
    r"tysdag|laurdag|sundag|pondelok|utorok|streda|štvrtok|piatok|nedeľa|"
    r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)\b",
    re.I,
)
_MARKUP = re.compile(r"^[#>\s]+|[*_`]+")
_DIGIT = re.compile(r"\d")


def _undated_words(text: str) -> int:
    """Words besides dates and times: a byline may add "Updated November 18, 2019 at 4:46 PM"."""
    return len(WORD.findall(_CLOCK.sub(" ", _DATE_SHAPE.sub(" ", text))))


def find_date(block: Block, *, in_byline: bool = False) -> str | None:
    """ISO date of a short block that is (mostly) a date, or of a byline's date; else None."""
    kinds = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM)
    if block.kind not in kinds or block.line_count != 1:
        return None
    f = block.features
    if f.sentences > 2:
        return None
    # A byline (found by find_byline) may link its name and list tags after it.
    if not in_byline and (f.words > MAX_DATELINE_WORDS or f.links):
        return None
    # The raw line, not the visible text: "14. März 2023" starts like an ordered
    # list item. But not a link's address, which may hold a date of its own.
    text = f.visible if f.links else _MARKUP.sub("", block.text).strip()
    # Every date shape has a day or a year: a line without a digit (most lines)
    # is passed over without the month-name search, which is slow.
    match = _DATE_SHAPE.search(text) if _DIGIT.search(text) else None
    if match is None:
        return None
    # The date must be most of the line: "Updated: 13 Jan 2015, 10:42" yes, a sentence no.
    # ("Published: 10:48, Nov 19, 2019 | Updated: 11:05, Nov 19, 2019": the first date is the one.)
    rest = _CLOCK.sub(" ", _DATE_SHAPE.sub(" ", text[: match.start()] + " " + text[match.end() :]))
    if not in_byline and len(WORD.findall(rest)) > MAX_DATELINE_LABEL_WORDS:
        return None
    return parse_date(match.group(0))


@functools.lru_cache(maxsize=512)
def parse_date(text: str) -> str | None:
    """ISO 8601 date of a date string in any of dateparser's languages."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    year_first = re.fullmatch(_YEAR_FIRST, text)
    if year_first:
        year, month, day = (int(g) for g in year_first.groups() if g is not None)
        return _valid(year, month, day)
    thai = re.fullmatch(_THAI_DATE, text)
    if thai:
        thai_month = next(n for n, names in enumerate(_THAI_MONTH_NAMES, 1) if re.fullmatch(names, thai[2]))
        year = int(thai[3])
        if year >= BUDDHIST_ERA_FROM:
            year -= BUDDHIST_ERA_OFFSET
        return _valid(year, thai_month, int(thai[1]))
    named = _NAMED_MONTH_DATE.fullmatch(text)
    if named:
        # Month names of our own languages are read here: dateparser, asked without a
        # language, can take one for something else (Turkish "Mart" for a time zone).
        word = named["m1"] or named["m2"] or named["m3"]
        number = next((n for n, names in enumerate(_MONTH_NUMBER, 1) if names.fullmatch(word)), None)
        if number == 11 and _CROATIAN_OCTOBER.match(text):
            number = 10
        if number is not None:
            found_year = named["y1"] or named["y2"] or named["y3"]
            return _valid(int(found_year), number, int(named["d1"] or named["d2"] or named["d3"]))
    # Day-first numeric dates (13.01.2015, 13/01/2015) need no locale search.
    numeric = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if numeric and int(numeric[1]) > 12 or numeric and "." in text:
        return _valid(int(numeric[3]), int(numeric[2]), int(numeric[1]))
    parsed = _dateparser()(
        text,
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@functools.cache
def _dateparser() -> Any:
    # dateparser knows 200 languages' month names; importing it costs ~0.3 s,
    # so only clippings with a date line pay for it.
    import dateparser

    return dateparser.parse
