"""Advertisement markers."""

from __future__ import annotations

import re

from cmo_clean.document import Block
from cmo_clean.rules.base import BlockRule, Page, Rule, phrase_rule, spellings

AD_MARKER = Rule(
    "ADV901",
    "ads.marker",
    "Ad slot labels: 'Advertisement', 'Anzeige', 'Publicité', 'Publicidad', 'Sponsored'.",
    "The label of an ad slot; the ad itself is rarely clipped, the label always is.",
    ("Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE", "Anzeige", "Publicité", "Publicidad"),
    interruption=True,
)

_ADS = {
    "en": [r"advertisement", r"advertising", r"ad", r"ads", r"sponsored(?: content| post| by)?",
           r"(?:story|article) continues below(?: advertisement)?", r"continue reading (?:below|the main story)",
           r"scroll (?:down )?to continue(?: reading)?", r"promoted(?: content| stories)?", r"paid content",
           r"partner content", r"supported by", r"skip (?:this )?ad(?:vertisement)?",
           r"scroll to continue with content", r"paid post", r"presented by(?: [\w.&'’-]+){1,4}",
           r"in partnership with(?: [\w.&'’-]+){1,4}"],
    "de": [r"anzeige", r"werbung", r"gesponsert", r"sponsored", r"artikel wird unter der anzeige fortgesetzt"],
    "fr": [r"publicité", r"annonce", r"contenu sponsorisé", r"sponsorisé", r"la suite après (?:cette )?publicité"],
    "es": [r"publicidad", r"anuncio", r"patrocinado", r"contenido patrocinado"],
    "pt": [r"publicidade", r"anúncio", r"patrocinado", r"conteúdo patrocinado", r"continua (?:depois|após) (?:da |a )?publicidade"],
    "it": [r"pubblicità", r"sponsorizzato", r"contenuto sponsorizzato", r"l'articolo continua (?:sotto|dopo la pubblicità)"],
    "nl": [r"advertentie", r"reclame", r"gesponsord", r"gesponsorde (?:inhoud|content)",
           r"(?:het artikel gaat verder|lees verder) (?:onder|na) de advertentie"],
    "ru": [r"реклама", r"на правах рекламы", r"партн[её]рский материал", r"спецпроект", r"продолжение после рекламы"],
    "bg": [r"реклама", r"платена публикация", r"партньорски материал", r"спонсорирано(?: съдържание)?",
           r"статията продължава (?:под|след) рекламата"],
    "hr": [r"oglas", r"reklama", r"sponzorirano", r"sponzorisano", r"sponzorirani (?:sadržaj|članak)", r"sponzorisani (?:sadržaj|članak)",
           r"plaćeni oglas", r"promo(?:tivni)? (?:sadržaj|članak)", r"(?:članak|tekst) se nastavlja (?:ispod|nakon|posle) (?:oglasa|reklame)"],
    "sr": [r"оглас", r"реклама", r"спонзорисано", r"спонзорисани (?:садржај|чланак)", r"промо(?:тивни)? (?:садржај|чланак)",
           r"(?:чланак|текст) се наставља (?:испод|након|после) (?:огласа|рекламе)"],
    "th": [r"โฆษณา", r"พื้นที่โฆษณา", r"(?:บทความ|เนื้อหา)(?:ที่ได้รับการ)?สนับสนุน", r"ผู้สนับสนุน", r"สนับสนุนโดย"],
    "ms": [r"iklan", r"(?:kandungan|artikel) (?:bertaja|tajaan|berbayar)", r"ditaja(?: oleh)?", r"tajaan",
           r"artikel bersambung (?:di bawah|selepas iklan)"],
    "pl": [r"reklama", r"materiał (?:sponsorowany|partnera|promocyjny)", r"artykuł sponsorowany",
           r"dalsza część (?:artykułu|tekstu) (?:pod|poniżej) reklam(?:ą|y)"],
    "tr": [r"reklam", r"sponsorlu(?: içerik)?", r"(?:haberin|yazının) devamı reklamdan sonra"],
    "sv": [r"annons", r"sponsrat(?: innehåll)?", r"annonssamarbete"],
    "vi": [r"quảng cáo", r"nội dung (?:được )?tài trợ", r"(?:bài viết )?được tài trợ(?: bởi)?", r"tài trợ"],
    "id": [r"iklan", r"(?:konten|artikel) (?:bersponsor|sponsor|berbayar)", r"disponsori(?: oleh)?",
           r"(?:scroll|gulir) (?:ke bawah )?untuk melanjutkan(?: membaca)?"],
    "cs": [r"reklama", r"inzerce", r"komerční (?:sdělení|prezentace|článek)", r"sponzorovan(?:ý obsah|ý článek|é|o)",
           r"(?:článek|text) pokračuje (?:pod|za) reklamou"],
    "uk": [r"реклама", r"на правах реклами", r"партнерський (?:матеріал|проєкт|проект)", r"матеріал партнера",
           r"спецпро[єе]кт", r"продовження після реклами"],
    "ro": [r"publicitate", r"reclamă", r"(?:con[țţ]inut|articol) (?:sponsorizat|promovat|publicitar)", r"sponsorizat",
           r"advertorial", r"articolul continuă (?:după|sub) reclamă"],
    "hu": [r"hirdetés", r"reklám", r"szponzorált(?: tartalom| cikk)?", r"(?:támogatott|fizetett) (?:tartalom|hirdetés)",
           r"pr-?cikk", r"(?:a )?cikk a hirdetés után folytatódik"],
    "ja": [r"広告", r"pr", r"スポンサーリンク", r"スポンサード(?:リンク|コンテンツ)?", r"提供記事"],
    "zh": [r"[广廣]告", r"推[广廣]", r"赞助(?:内容)?", r"贊助(?:內容)?"],
    "ko": [r"광고", r"스폰서"],
    "ar": spellings([r"إعلان(?:ات)?", r"مساحة إعلانية", r"محتوى (?:مدعوم|ممول|إعلاني|برعاية)", r"برعاية",
                     r"(?:يتابع|تابع|يتبع) (?:المقال|القراءة) (?:بعد|أسفل) الإعلان"]),
    "fa": spellings([r"آگهی", r"تبلیغ(?:ات)?", r"پیام بازرگانی", r"رپرتاژ(?: آگهی)?",
                     r"محتوای (?:تبلیغاتی|حمایت‌شده|اسپانسری)"]),
    "he": [r"פרסומת", r"מודעה", r"ממומן", r"בחסות", r"תוכן (?:שיווקי|ממומן|בחסות)", r"(?:הכתבה|הידיעה) נמשכת (?:אחרי|לאחר) הפרסומת"],
    "el": spellings([r"διαφήμιση", r"διαφημίσεις", r"χορηγούμενο(?: περιεχόμενο)?", r"χορηγούμενη (?:καταχώριση|καταχώρηση|ανάρτηση)",
                     r"προωθημένο περιεχόμενο", r"το άρθρο συνεχίζεται μετά τη διαφήμιση"]),
    "hi": spellings([r"विज्ञापन", r"प्रायोजित(?: सामग्री| कंटेंट| लेख)?", r"स्पॉन्सर्ड(?: कंटेंट)?",
                     r"(?:खबर|लेख) विज्ञापन के (?:बाद|नीचे) जारी है"]),
    "da": [r"annonce", r"reklame", r"sponsoreret(?: indhold)?", r"annoncørbetalt(?: indhold)?",
           r"artiklen fortsætter (?:efter|under) (?:annoncen|reklamen)"],
    "fi": [r"mainos", r"mainonta", r"kaupallinen yhteistyö", r"sponsoroitu(?: sisältö)?", r"maksettu (?:yhteistyö|mainos)",
           r"(?:artikkeli|juttu) jatkuu mainoksen (?:jälkeen|alla)"],
    "no": [r"annonse", r"reklame", r"sponset(?: innhold)?", r"annonsørinnhold", r"(?:artikkelen|saken) (?:fortsetter|held fram) (?:etter|under) (?:annonsen|reklamen)"],
    "sk": [r"reklama", r"inzercia", r"komerčná (?:správa|prezentácia|spolupráca)", r"sponzorovan(?:ý obsah|ý článok|é|ý)",
           r"platená spolupráca", r"(?:článok|pokračovanie článku) (?:pokračuje )?(?:pod|po) reklam(?:ou|e)"],
    "ca": [r"publicitat", r"anunci", r"contingut patrocinat", r"patrocinat(?: per)?", r"l'article continua (?:després|sota) (?:de )?(?:la publicitat|l'anunci)"],
}  # fmt: skip

AFFILIATE_DISCLOSURE = Rule(
    "ADV902",
    "ads.affiliate_disclosure",
    "Affiliate disclosures: 'we may earn a commission', 'affiliate links', 'Provision', 'comisión'.",
    "The site's note that it is paid for purchases made through its links: the same on every page, "
    "about the site and not the story.",
    (
        "When you buy through links on our site, we may earn an affiliate commission.",
        "Some posts may contain affiliate links. As an Amazon Associate we earn from qualifying purchases.",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.",
        "Si achetez via nos liens, nous pouvons percevoir une commission.",
        "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
    ),
)

# First-person or modal phrasing ("we may earn", "BGR may receive a commission"):
# a news story about a commission (an electoral one, a sales agent's) reads otherwise.
_AFFILIATE = {
    "en": [r"(?:may|might|could) (?:also )?(?:earn|receive|get|make|collect) (?:us )?(?:a |an )?(?:small |tiny )?"
           r"(?:affiliate |referral )?(?:commission|share of (?:the )?(?:sales?|revenue))",
           r"(?:we|i) (?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate|referral) (?:commission|fee)",
           r"(?:contains?|includes?|uses?) (?:\w+ ){0,3}affiliate links?", r"affiliate (?:disclosure|link policy)",
           r"as an amazon associate", r"amazon services llc associates? program", r"from qualifying purchases",
           r"(?:we|i) may be compensated"],
    "de": [r"(?:erhalten|bekommen|erhält|bekommt) (?:wir|die redaktion|der verlag) (?:\w+ ){0,2}(?:eine )?(?:kleine )?provision",
           r"affiliate-links?", r"provisionslinks?", r"gekennzeichnete links sind (?:affiliate|provisions|werbe)"],
    "fr": [r"liens? (?:d'affiliation|affiliés?|sponsorisés? ou affiliés?)",
           r"(?:pouvons|pourrions|peut|pourrait|nous) (?:\w+ )?(?:percevoir|recevoir|toucher|touchons|percevons|recevons) "
           r"une (?:petite )?commission"],
    "es": [r"enlaces? (?:de afiliados?|afiliados?)",
           r"(?:podemos|podríamos|puede|podría|nosotros) (?:\w+ )?(?:recibir|recibimos|obtener|obtenemos|ganar|ganamos|cobrar) "
           r"una (?:pequeña )?comisión"],
    "pt": [r"links? (?:de afiliados?|afiliados?)",
           r"(?:podemos|poderemos|pode|nós) (?:\w+ )?(?:receber|recebemos|ganhar|ganhamos) uma (?:pequena )?comissão"],
    "it": [r"link (?:di )?affiliazione", r"(?:potremmo|possiamo|può) (?:ricevere|percepire|guadagnare) una (?:piccola )?commissione"],
    "nl": [r"affiliate ?links?", r"(?:ontvangen|krijgen|verdienen) (?:wij|we) (?:mogelijk |soms )?(?:een )?(?:kleine )?commissie"],
}  # fmt: skip

# A disclosure runs to two or three sentences; an article paragraph that
# mentions commissions is longer. Beyond a bare line ("BGR may receive a
# commission"), it also names what the reader buys through: links, orders.
MAX_DISCLOSURE_WORDS = 60
MAX_BARE_DISCLOSURE_WORDS = 8
_PURCHASE = re.compile(r"link|liens?|enlaces?|buy|purchas|order|click|shop|retail|kauf|bestell|achat|achet|compr|acquist|koop")
_affiliate_phrases = phrase_rule(AFFILIATE_DISCLOSURE, _AFFILIATE, mode="contains", max_words=MAX_DISCLOSURE_WORDS)


def _affiliate_disclosure(block: Block, page: Page) -> str | None:
    f = block.features
    if f.words > MAX_BARE_DISCLOSURE_WORDS and not _PURCHASE.search(f.normalized):
        return None  # "the broker may receive a commission of 5%": a story's sentence
    return _affiliate_phrases.check(block, page)


RULES = (
    phrase_rule(AD_MARKER, _ADS, mode="whole", max_words=10),
    BlockRule(AFFILIATE_DISCLOSURE, _affiliate_disclosure, _affiliate_phrases.kinds, MAX_DISCLOSURE_WORDS),
)
