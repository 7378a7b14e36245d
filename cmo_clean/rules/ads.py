"""Advertisement markers."""

from __future__ import annotations

from cmo_clean.rules.base import Rule, phrase_rule, spellings

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
           r"partner content", r"supported by"],
    "de": [r"anzeige", r"werbung", r"gesponsert", r"sponsored", r"artikel wird unter der anzeige fortgesetzt"],
    "fr": [r"publicité", r"annonce", r"contenu sponsorisé", r"sponsorisé", r"la suite après (?:cette )?publicité"],
    "es": [r"publicidad", r"anuncio", r"patrocinado", r"contenido patrocinado"],
    "pt": [r"publicidade", r"anúncio", r"patrocinado", r"conteúdo patrocinado", r"continua (?:depois|após) (?:da |a )?publicidade"],
    "it": [r"pubblicità", r"sponsorizzato", r"contenuto sponsorizzato", r"l'articolo continua (?:sotto|dopo la pubblicità)"],
    "nl": [r"advertentie", r"reclame", r"gesponsord", r"gesponsorde (?:inhoud|content)",
           r"(?:het artikel gaat verder|lees verder) (?:onder|na) de advertentie"],
    "ru": [r"реклама", r"на правах рекламы", r"партн[её]рский материал", r"спецпроект", r"продолжение после рекламы"],
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
}  # fmt: skip

RULES = (phrase_rule(AD_MARKER, _ADS, mode="whole", max_words=10),)
