"""Footer material: copyright and legal lines, postal addresses, phone/fax/mail lines, author and company boxes."""

from __future__ import annotations

import re

from cmo_clean.blocks import link_texts
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, Rule, pattern_rule, phrase_rule, spelling, spellings

COPYRIGHT = Rule(
    "FTR701",
    "footer.copyright",
    "Copyright lines: '© 2024 Example GmbH', 'All rights reserved', 'Tous droits réservés'.",
    "The site's copyright notice is page furniture, repeated on every page of the site.",
    ("© 2024 Example Ltd. All rights reserved.", "Alle Rechte vorbehalten", "Todos los derechos reservados"),
    terminal=True,
)
LEGAL = Rule(
    "FTR702",
    "footer.legal_links",
    "Legal link rows: Impressum, Datenschutz, Privacy Policy, Terms, Mentions légales, Aviso legal.",
    "Links to legal pages are the same on every page of a site; they are not the article.",
    ("Privacy Policy | Terms of Use | Cookie Settings", "Impressum · Datenschutz", "Mentions légales"),
    terminal=True,
)
CONTACT_DETAILS = Rule(
    "FTR703",
    "footer.contact_details",
    "Address, phone, fax and e-mail lines: 'Tel. 089/ 1234 I Fax ...', 'Hauptstr. 1 | 10115 Berlin'.",
    "Contact blocks list the publisher's or a sponsor's details. Only short lines that are mostly "
    "numbers, street words and separators are taken, so an address quoted in a story's sentence stays.",
    ("Tel. +49 30 1234567 | Fax +49 30 1234568", "Karlstraße 12 | D-80333 München | Germany",
     "Phone: 555-0134", "Mail: info(at)example.org"),
)

_COPYRIGHT = re.compile(
    # The word "copyright" or "(c)" makes a notice only at the line's start or
    # before a year: "the copyright in the photographs belongs to ..." is news.
    r"(?:©|^(?:all content )?(?:copyright|\(c\))(?!\w)|(?:copyright|\(c\))\s*(?:©|\(c\)|\d{4})|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|derechos reservados|todos os direitos reservados|direitos reservados|"
    r"tutti i diritti riservati|riproduzione riservata|alle rechten voorbehouden|"
    r"for your personal,? non-commercial use only|ⓒ|все права защищены|"
    r"при (?:полном или частичном )?(?:использовании|копировании|воспроизведении) материалов[^.]{0,80}?(?:ссылка|гиперссылка)[^.]{0,40}?обязательна|"
    r"wszelkie prawa zastrzeżone|tüm hakları saklıdır|alla rättigheter förbehållna|"
    r"mọi quyền được bảo lưu|bảo lưu mọi quyền|hak cipta dilindungi(?: undang-undang)?|všechna práva vyhrazena|"
    r"(?:усі|всі) права захищені(?! законом)|toate drepturile rezervate|minden jog fenntartva|"
    r"при (?:повному або частковому )?(?:використанні|цитуванні|передруку|копіюванні) матеріалів[^.]{0,80}?"
    r"посилання[^.]{0,40}?обов[’'ʼ]?язкове|"
    r"無断(?:転載|複製|転用)(?:・(?:転載|複製|転用|再配布))*(?:を)?(?:禁止|禁じます|を禁じます)|"
    r"版[权權]所有(?![人者权權])|무단 ?전재(?: ?및 ?|[-·, ]?)재배포 ?금지|"
    # "حقوق" is also a salary: the Persian notice needs "all" and "reserved" or "belongs to".
    + spelling(r"(?:جميع|كل|كافة) الحقوق محفوظة|حقوق (?:النشر|الطبع)(?: والنشر)? محفوظة|"
               r"(?:تمامی|کلیه|همه‌ی|همه) حقوق(?: مادی و معنوی)?(?: این (?:سایت|وب‌سایت|پایگاه(?: خبری)?|رسانه))?(?: [^.]{0,40}?)? محفوظ|"
               r"(?:تمامی|کلیه) حقوق(?: مادی و معنوی)? این (?:سایت|وب‌سایت|پایگاه(?: خبری)?|رسانه) متعلق به|"
               r"استفاده از (?:مطالب|اخبار|محتوای)[^.]{0,40}? (?:با|بدون) ذکر منبع|"
               r"(?:כל )?הזכויות שמורות|με επιφύλαξη (?:παντός|κάθε) δικαιώματος|"
               r"όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα|είναι κατοχυρωμένα|προστατεύονται)|"
               r"(?:सर्वाधिकार|सभी अधिकार) सुरक्षित|alle rettigheder (?:forbeholdes|forbeholdt|reserveret)|"
               r"kaikki oikeudet pidätetään|alle rettigheter (?:forbeholdt|reservert)|všetky práva vyhradené|tots els drets reservats|"
               r"всички права (?:са )?запазени|sva prava (?:su )?(?:pridržana|zadržana|zaštićena)|сва права (?:су )?задржана|"
               r"สงวนลิขสิทธิ์|hak cipta terpelihara")
    + ")",
    re.I,
)
MAX_COPYRIGHT_WORDS = 40
# A reprint notice ("This copy is for your personal, non-commercial use only.
# Distribution ... please contact ... Reprints at 1-800-...") runs longer, and
# its phrase is never a story's.
MAX_REPRINT_NOTICE_WORDS = 70
# A part of every _COPYRIGHT alternative: one short search rules out most lines.
# It is matched case-sensitively on the lowered text: with IGNORECASE, Python's
# regex engine cannot skip the alternatives whose first letter differs, and the
# search took ten times as long (Turkish "SAKLIDIR" lowers to "saklidir").
_COPYRIGHT_HINT = re.compile(
    r"©|ⓒ|\(c\)|copyright|r[eéi]serv|vorbehalten|voorbehouden|personal|защищены|материалов|zastrzeżone|sakl[ıi]d[ıi]r|"
    r"förbehållna|bảo lưu|dilindungi|vyhrazena|захищені|матеріалів|rezervate|fenntartva|無断|版[权權]|저작권|재배포|"
    r"حقوق|منبع|הזכויות|δικαι[ώω]μα|सुरक्षित|rettigheder|"
    r"pidätetään|rettigheter|vyhradené|drets|запазени|pridržana|zadržana|zaštićena|задржана|ลิขสิทธิ์|terpelihara"
)


def _copyright(block: Block, page: Page) -> str | None:
    if not _COPYRIGHT_HINT.search(block.features.visible.lower()):
        return None
    match = _COPYRIGHT.search(block.features.visible)
    if match is None:
        return None
    if block.features.words > MAX_COPYRIGHT_WORDS and "personal" not in match.group(0).lower():
        return None
    # An image credit "Photo: © Jane Doe" inside the article is the picture's (FTR707), not the page's.
    if re.search(r"\b(?:photo|foto|image|bild|picture|crédit|credit|imagen|imagem|immagine|beeld|фото|zdjęcie|fot|fotoğraf|"
        r"ảnh|fotó|写真|图片|圖片|사진|صورة|الصورة|عکس|צילום|φωτογραφ[ίι]α|φωτο)\b", block.features.visible, re.I):
        return None
    return f"copyright notice '{match.group(0)}'"


_LEGAL = {
    "en": [r"opinions expressed (?:by|in) [\w .'’-]{1,40} are (?:their|the author'?s|his|her|my) own",
           r"privacy(?: policy| notice| statement| settings| center)?", r"terms(?: (?:of|and) (?:use|service|conditions))?",
           r"terms & conditions", r"cookie (?:policy|settings|preferences|notice)", r"legal(?: notice)?",
           r"imprint", r"disclaimer", r"accessibility(?: statement)?", r"sitemap", r"site map", r"contact(?: us)?",
           r"about(?: us)?", r"careers", r"jobs", r"advertise(?: with us)?", r"press", r"help", r"faq",
           r"do not sell (?:or share )?my (?:personal )?information", r"your privacy choices", r"california privacy rights",
           # the site's make: "Proudly powered by WordPress", "Theme by Example"
           r"(?:proudly )?powered by(?: [\w.&-]+){1,2}", r"(?:wordpress )?theme by(?: [\w.&-]+){1,3}",
           r"(?:web(?:site)? design|site|website) by(?: [\w.&-]+){1,3}", r"ad choices", r"rss feeds?",
           # Google's required notice under any form with reCAPTCHA.
           r"this site is protected by recaptcha(?: and the google)?", r"(?:privacy policy and )?terms of service apply"],
    "de": [r"impressum", r"datenschutz(?:erklärung|hinweise| ?einstellungen)?", r"agb", r"nutzungsbedingungen",
           r"kontakt", r"barrierefreiheit", r"cookie-einstellungen", r"rechtliche hinweise", r"über uns",
           r"karriere", r"presse", r"hilfe", r"mediadaten"],
    "fr": [r"mentions légales", r"politique de confidentialité", r"confidentialité", r"cgu", r"cgv",
           r"conditions générales(?: d'utilisation| de vente)?", r"gestion des cookies", r"plan du site",
           r"nous contacter", r"qui sommes-nous", r"accessibilité", r"données personnelles"],
    "es": [r"aviso legal", r"política de (?:privacidad|cookies)", r"privacidad", r"términos y condiciones",
           r"condiciones de uso", r"mapa del sitio", r"contacto", r"quiénes somos", r"accesibilidad"],
    "pt": [r"política de (?:privacidade|cookies)", r"privacidade", r"termos (?:de uso|de serviço|e condições)",
           r"mapa do site", r"contatos?", r"contactos?", r"quem somos", r"sobre nós", r"acessibilidade", r"ficha técnica",
           r"estatuto editorial"],
    "it": [r"informativa(?: sulla)? privacy", r"note legali", r"termini (?:e condizioni|di (?:uso|servizio))",
           r"condizioni (?:d'uso|generali)", r"mappa del sito", r"contatti", r"chi siamo", r"accessibilità",
           r"dichiarazione di accessibilità", r"lavora con noi"],
    "nl": [r"privacy(?:verklaring|beleid)", r"cookie(?:verklaring|beleid)", r"cookie-?instellingen", r"algemene voorwaarden",
           r"colofon", r"over ons", r"toegankelijkheid", r"vacatures", r"adverteren"],
    "ru": [r"политика (?:конфиденциальности|обработки персональных данных|использования cookie)", r"пользовательское соглашение",
           r"условия использования", r"правила (?:сайта|использования)", r"о (?:нас|проекте|компании|редакции)", r"контакты",
           r"карта сайта", r"вакансии", r"редакция", r"реклама на сайте", r"рекламодателям"],
    "bg": [r"политика (?:за|на) поверителност(?:та)?", r"политика за (?:бисквитките|бисквитки|защита на личните данни)", r"общи условия",
           r"условия (?:за|на) ползване", r"за нас", r"контакти", r"карта на сайта", r"редакция", r"кариери", r"реклама в сайта"],
    "hr": [r"(?:pravila|politika|izjava o) privatnosti", r"zaštita (?:osobnih|ličnih) podataka", r"politika (?:kolačića|o kolačićima|korištenja kolačića)",
           r"uvjeti (?:korištenja|upotrebe)", r"uslovi (?:korišćenja|korištenja|upotrebe)", r"opći uvjeti(?: poslovanja)?", r"opšti uslovi",
           r"impressum", r"o nama", r"kontakt", r"oglašavanje", r"marketing", r"karta (?:stranica|weba)", r"mapa (?:sajta|stranica)", r"redakcija",
           r"uredništvo", r"pristupačnost"],
    "sr": [r"политика приватности", r"заштита (?:података о личности|личних података)", r"политика колачића", r"услови (?:коришћења|употребе)",
           r"импресум", r"о нама", r"контакт", r"маркетинг", r"оглашавање", r"мапа сајта", r"редакција"],
    "th": [r"นโยบาย(?:ความเป็นส่วนตัว|คุ้มครองข้อมูลส่วนบุคคล|(?:การใช้)?คุกกี้)", r"ข้อกำหนด(?:และเงื่อนไข|การใช้งาน)(?:การใช้งาน)?",
           r"เงื่อนไขการใช้(?:งาน|บริการ)", r"เกี่ยวกับเรา", r"ติดต่อ(?:เรา|โฆษณา)", r"ลงโฆษณา", r"แผนผังเว็บไซต์", r"ร่วมงานกับเรา"],
    "ms": [r"dasar (?:privasi|kuki|cookies?)", r"(?:terma|syarat) (?:dan|&) syarat", r"terma (?:penggunaan|perkhidmatan)", r"penafian",
           r"(?:tentang|mengenai) kami", r"hubungi kami", r"kerjaya", r"peta laman", r"pengiklanan"],
    "pl": [r"polityka (?:prywatności|cookies|plików cookies)", r"regulamin(?: serwisu)?", r"kontakt", r"o nas", r"mapa (?:strony|serwisu)",
           r"kariera", r"redakcja", r"reklama w serwisie", r"deklaracja dostępności", r"rodo"],
    "tr": [r"gizlilik (?:politikası|sözleşmesi)", r"çerez politikası", r"kullanım koşulları", r"iletişim", r"hakkımızda", r"künye",
           r"kvkk(?: aydınlatma metni)?", r"aydınlatma metni", r"site haritası", r"reklam (?:ver|iletişim)", r"kariyer"],
    "sv": [r"integritetspolicy", r"cookiepolicy", r"cookie-?inställningar", r"om (?:oss|cookies)", r"användarvillkor",
           r"tillgänglighet(?:sredogörelse)?", r"webbplatskarta", r"annonsera(?: hos oss)?", r"jobba hos oss",
           r"hantering av personuppgifter", r"personuppgiftspolicy", r"kontakt"],
    "vi": [r"chính sách (?:bảo mật|quyền riêng tư|cookies?)", r"điều khoản (?:sử dụng|dịch vụ)", r"điều khoản và điều kiện",
           r"liên hệ(?: (?:quảng cáo|tòa soạn|toà soạn))?", r"về chúng tôi", r"sơ đồ (?:trang|website|site)", r"tuyển dụng",
           r"góp ý", r"quy định (?:sử dụng|bảo mật)"],
    "id": [r"kebijakan (?:privasi|cookies?)", r"syarat (?:dan|&) ketentuan", r"ketentuan (?:layanan|penggunaan)",
           r"pedoman (?:pemberitaan )?media siber", r"tentang kami", r"kontak(?: kami)?", r"redaksi", r"info iklan", r"karir",
           r"peta situs", r"privasi"],
    "cs": [r"ochrana (?:osobních údajů|soukromí)", r"zásady (?:ochrany (?:osobních údajů|soukromí)|(?:používání )?(?:souborů )?cookies?)",
           r"(?:všeobecné )?obchodní podmínky", r"podmínky (?:použití|užívání|používání)", r"kontakty?", r"o nás", r"tiráž",
           r"redakce", r"kariéra", r"mapa (?:stránek|webu|serveru)", r"nastavení (?:cookies|soukromí)",
           r"prohlášení o přístupnosti", r"přístupnost", r"gdpr"],
    "uk": [r"політика (?:конфіденційності|використання (?:файлів )?cookies?|(?:щодо )?обробки персональних даних)",
           r"умови (?:використання|користування)", r"правила (?:сайту|користування|використання)",
           r"про (?:нас|проєкт|проект|компанію|редакцію)", r"контакти", r"карта сайту", r"вакансії", r"редакція",
           r"реклама на сайті", r"рекламодавцям"],
    "ro": [r"politica de (?:confiden[țţ]ialitate|cookies?|utilizare a cookie-urilor)", r"termeni (?:[șş]i condi[țţ]ii|de utilizare)",
           r"condi[țţ]ii (?:de utilizare|generale)", r"despre noi", r"contact(?:e)?",
           r"(?:protec[țţ]ia|prelucrarea) datelor(?: (?:cu caracter )?personale)?", r"gdpr", r"harta site-ului", r"cariere",
           r"caseta redac[țţ]ională", r"redac[țţ]ia", r"setări cookie(?:-uri)?"],
    "hu": [r"adatvédelem", r"adatvédelmi (?:tájékoztató|nyilatkozat|irányelvek|szabályzat)", r"adatkezelési (?:tájékoztató|szabályzat)",
           r"(?:általános )?(?:felhasználási|szerződési) feltételek", r"ászf", r"impresszum", r"kapcsolat", r"rólunk",
           r"(?:süti|cookie)-?(?:kezelés|beállítások|szabályzat|tájékoztató)", r"médiaajánlat", r"oldaltérkép", r"karrier",
           r"szerkesztőség", r"akadálymentesség"],
    "ja": [r"プライバシーポリシー", r"個人情報(?:保護方針|の取り扱い|の取扱い)", r"利用規約", r"サイトマップ", r"会社概要", r"運営会社",
           r"特定商取引法に基づく表記", r"免責事項", r"広告掲載", r"採用情報", r"サイトポリシー", r"お問い?合わ?せ", r"著作権について"],
    "zh": [r"[隐隱]私(?:政策|条款|條款|声明|聲明)", r"用[户戶]?(?:协议|協議)", r"服[务務]条款|服務條款", r"使用条款|使用條款", r"[关關]于我[们們]",
           r"[联聯][系繫]我[们們]", r"网站地图|網站地圖", r"免[责責][声聲]明", r"法律[声聲]明", r"广告服务|廣告服務", r"加入我[们們]",
           r"意[见見]反[馈饋]"],
    "ko": [r"개인정보 ?(?:처리|취급) ?방침", r"개인정보 ?보호 ?정책", r"이용 ?약관", r"청소년 ?보호 ?정책", r"이메일 ?무단 ?수집 ?거부",
           r"회사 ?소개", r"광고 ?문의", r"고객 ?센터", r"사이트 ?맵", r"제휴 ?문의", r"기사 ?제보"],
    "ar": spellings([r"سياسة (?:ال)?خصوصية", r"(?:ال)?خصوصية", r"(?:شروط|اتفاقية|سياسة) (?:الاستخدام|الخدمة)", r"(?:ال)?شروط والأحكام",
                     r"سياسة (?:ملفات تعريف الارتباط|الكوكيز)", r"سياسة التحرير", r"(?:اتصل|تواصل) (?:بنا|معنا)", r"من نحن",
                     r"عن (?:ال)?موقع", r"حول الموقع", r"خريطة الموقع", r"أعلن (?:معنا|لدينا)", r"للإعلان", r"إخلاء (?:ال)?مسؤولية",
                     r"(?:فريق|هيئة) التحرير", r"(?:ال)?وظائف", r"(?:ال)?أسئلة الشائعة"]),
    "fa": spellings([r"(?:سیاست (?:حفظ )?)?حریم خصوصی", r"(?:قوانین|شرایط) و (?:مقررات|ضوابط)", r"شرایط استفاده", r"(?:تماس|ارتباط) با ما",
                     r"درباره (?:ما|سایت)", r"نقشه (?:سایت|وب‌سایت)", r"همکاری با ما", r"(?:سوالات|پرسش‌های) متداول",
                     r"(?:تعرفه|سفارش) (?:تبلیغات|آگهی)"]),
    "he": [r"מדיניות (?:ה)?פרטיות", r"תנאי (?:ה)?שימוש", r"תקנון(?: (?:ה)?אתר)?", r"הצהרת נגישות", r"נגישות", r"(?:צור|צרו) קשר",
           r"אודות(?:ינו)?", r"מפת (?:ה)?אתר", r"(?:פרסמו|פרסם) (?:אצלנו|באתר)", r"פרסום באתר", r"דרושים", r"מדיניות (?:ה)?(?:עוגיות|cookies)",
           r"שאלות נפוצות"],
    "el": spellings([r"πολιτική (?:απορρήτου|cookies|προστασίας (?:προσωπικών )?δεδομένων)", r"(?:όροι|όρους) (?:χρήσης|και προϋποθέσεις|χρήσεως)",
                     r"(?:προστασία )?προσωπικ(?:ά|ών) δεδομέν(?:α|ων)", r"επικοινωνία", r"ποιοι είμαστε", r"σχετικά με (?:εμάς|το site)",
                     r"ταυτότητα", r"χάρτης (?:ιστοτόπου|ιστοσελίδας|site)", r"διαφημιστείτε(?: μαζί μας)?"]),
    "hi": spellings([r"(?:गोपनीयता|प्राइवेसी|निजता) (?:नीति|पॉलिसी)", r"नियम (?:और|एवं) शर्तें", r"उपयोग की शर्तें", r"हमारे बारे में",
                     r"(?:हमसे )?संपर्क(?: करें)?", r"साइट ?मैप", r"विज्ञापन (?:दें|के लिए संपर्क करें)", r"अस्वीकरण", r"डिस्क्लेमर",
                     r"कुकी (?:नीति|पॉलिसी)", r"करियर", r"संपादकीय नीति"]),
    "da": [r"privatlivs(?:politik|erklæring)", r"cookie-?politik", r"persondatapolitik", r"(?:handels|salgs|bruger)betingelser",
           r"vilkår og betingelser", r"kontakt(?: os)?", r"om os", r"tilgængelighed(?:serklæring)?", r"annonc[eé]r(?: hos os)?",
           r"annoncering", r"job hos os", r"cookieindstillinger", r"redaktion(?:en)?", r"presse"],
    "fi": [r"tietosuoja(?:seloste|käytäntö)?", r"evästeet", r"evästekäytäntö", r"evästeasetukset", r"käyttöehdot", r"(?:toimitus|tilaus)ehdot",
           r"ota yhteyttä", r"yhteystiedot", r"tietoa meistä", r"meistä", r"saavutettavuusseloste", r"mainosta(?: meillä)?",
           r"palaute", r"avoimet työpaikat", r"toimitus"],
    "no": [r"personvern(?:erklæring(?:en)?|policy)?", r"informasjonskapsler", r"cookie-?(?:policy|innstillinger|erklæring)",
           r"(?:bruks|salgs|abonnements)vilkår", r"vilkår(?: for bruk| og betingelser)?", r"kontakt(?: oss)?", r"om oss",
           r"tilgjengelighetserklæring", r"annonser(?: hos oss)?", r"annonsering", r"jobb hos oss", r"redaksjon(?:en)?", r"presse"],
    "sk": [r"ochrana (?:osobných údajov|súkromia)", r"zásady (?:ochrany (?:osobných údajov|súkromia)|(?:používania )?(?:súborov )?cookies?)",
           r"(?:všeobecné )?obchodné podmienky", r"podmienky použ(?:ívania|itia)", r"kontakt(?:y)?", r"o nás", r"impresum",
           r"kariéra", r"redakcia", r"nastavenia cookies", r"vyhlásenie o prístupnosti"],
    "ca": [r"política de (?:privacitat|galetes|cookies)", r"avís legal", r"condicions (?:d'ús|generals)", r"termes (?:i condicions|d'ús)",
           r"contacte", r"contacta'ns", r"qui som", r"sobre nosaltres", r"accessibilitat",
           r"configuració de (?:galetes|cookies)", r"mapa del web", r"treballa amb nosaltres", r"redacció", r"protecció de dades"],
}  # fmt: skip

# Contact lines: a label followed by a number or an address, or street + postcode.
_PHONE = re.compile(
    r"(?:^|[\s|I•·,])(?:tel(?:efon|ephone)?\.?|t[ée]l[ée]phone|t[ée]l\.|tel[ée]fono|telefone|telefoon|telemóvel|"
    r"điện thoại|đt|telp\.?|тел(?:ефон)?\.?|"
    r"cellulare|celular|mobiel|phone|fon|fax|mobil(?:e)?|hotline|tlf\.?|puh(?:elin|\.)?|telèfon|τηλ(?:[έε]φωνο|\.)|טלפון|هاتف|الهاتف|تلفن(?: تماس)?|(?:फ़|फ)ोन|मोबाइल|"
    r"t\.|f\.|m\.)\s*:?\s*\(?\+?\d[\d\s/().-]{5,}",
    re.I,
)
# "Mail: info@...", "Mail I", "... I Mail info(at)": a label at a line's or a field's start.
_MAIL = re.compile(
    r"(?:^|[|•·,]\s*|\sI\s)(?:e-?mail|mail|courriel|correo)\s*(?::\s*|\s+)(?:[\w.+-]+(?:@|\(at\))|I\b|$)|"
    r"^(?:e-?mail|mail|courriel|correo)\s*:?\s*$",
    re.I,
)
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}-\s?)?\d{4,5}(?:-\d{3})?\s+[A-ZÀ-ÖØ-Þ][\w.-]+|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"
)
_STREET = re.compile(
    r"\w+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|straat|laan|plein|gracht|kade|singel)\s+\d+|"
    r"\w+\s+(?:utca|út|tér|körút)\s+\d+|"
    r"\d+\s+[\w\s]{2,30}\b(?:street|st\.|road|rd\.|avenue|ave\.|lane|boulevard|blvd\.|drive|way|square|"
    r"parade|place|terrace|crescent|close|court|row|hill|gardens|walk|grove|mews)\b|"
    r"\b(?:rue|avenue|boulevard|place|calle|avenida|paseo|plaza|via|piazza|viale|corso|rua|praça|travessa)"
    r"\s+[\w\s'-]{2,30}\d*",
    re.I,
)
MAX_CONTACT_WORDS = 30
# Every contact pattern above needs a digit or a mail word: lines with neither
# (most lines) are passed over with one search instead of three (in the lowered
# text, without IGNORECASE, as _COPYRIGHT_HINT).
_CONTACT_HINT = re.compile(r"\d|mail|courriel|correo")


def _contact_details(block: Block, page: Page) -> str | None:
    f = block.features
    if f.sentences > 1:
        return None
    text = f.visible
    if not _CONTACT_HINT.search(text.lower()):
        return None
    for pattern, what in ((_PHONE, "phone/fax number"), (_MAIL, "e-mail line")):
        match = pattern.search(text)
        if match:
            return f"{what} '{match.group(0).strip(' |I•·,')[:40]}'"
    # An address line: street and postcode, in a line that is not a sentence.
    address = _POSTCODE.search(text) and (_STREET.search(text) or re.search(r"\s[|I•·]\s", text))
    if address and (not f.ends_with_punctuation or text.rstrip().endswith(("|", "I"))):
        return f"postal address '{text[:50]}'"
    return None


AUTHOR_BIO = Rule(
    "FTR704",
    "footer.author_bio",
    "An author box and its heading: 'About the author', 'Jane Doe is a staff writer at Example covering ...', 'Follow her on Twitter @janedoe'.",
    "The note about who wrote the piece stands after the article's end, on every article by that "
    "author; it describes the writer, not the subject.",
    ("Jane Doe is a staff writer at Example News covering energy and climate.",
     "Max Muster ist Redakteur im Ressort Wirtschaft.", "Marie Dupont est journaliste au service Sciences.",
     "Lucía Pérez es periodista y editora de la sección de cultura."),
    terminal=True,
)

_ROLE = (
    r"(?:(?:a|an|the|ein|eine|un|une|una|uno|um|uma|een)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|author|freelancer|"
    r"freelance|producer|analyst|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|auteur(?:e)?|periodista|"
    r"redact(?:or|ora)|corresponsal|columnista|autor(?:a)?|editor(?:a)?|jornalista|repórter|redator(?:a)?|"
    r"colunista|correspondente|giornalista|redattore|redattrice|corrispondente|editorialista|redacteur|"
    r"verslaggever|phóng viên|biên tập viên|nhà báo|cộng tác viên|wartawan|jurnalis|redaktur|kontributor|"
    r"redaktor(?:ka|em|kou)?|novinář(?:ka|em|kou)?|zpravodaj(?:ka|em|kou)?|reportér(?:ka|em|kou)?|editor(?:ka|em|kou)|"
    r"komentátor(?:ka|em|kou)?|jurnalist(?:ă)?|reporter(?:ă)?|corespondent(?:ă)?|editorialist(?:ă)?)"
)
_BIO = re.compile(
    rf"^[^\W\d_][\w.'’-]+(?:\s+[^\W\d_][\w.'’-]+){{1,3}}\s*(?:\([^)]*\)\s*)?"
    rf"(?:is|was|ist|war|est|était|es|fue|é|foi|è|era|là|adalah|merupakan|je|byl|byla|este|a fost)\s+{_ROLE}\b",
    re.I,
)
# A contributor's bio in the first person lists the roles: "I am a writer,
# journalist, professor and entrepreneur ..." ("I am a reporter, and I ..." is a story's).
_FIRST_PERSON_BIO = re.compile(
    rf"^(?:i am|i['’]m|ich bin|je suis|soy|sou|sono|ik ben)\s+{_ROLE},?\s+(?:and\s+|und\s+|et\s+|y\s+|e\s+|en\s+)?{_ROLE}\b",
    re.I,
)
MAX_BIO_WORDS = 70
MIN_BIO_POSITION = 0.4


def _author_bio(block: Block, page: Page) -> str | None:
    f = block.features
    if f.position < MIN_BIO_POSITION or not f.visible[:1].isupper():
        return None
    match = _BIO.match(f.visible) or _FIRST_PERSON_BIO.match(f.visible)
    return f"author box '{match.group(0)[:50]}'" if match else None


# How to reach the writer, under the story: "Have a tip? Jane Doe may be reached
# at jdoe@example.com. Follow her on Twitter @janedoe." A line that says so names
# an address or a handle, which a sentence about someone who follows a team does not.
_REACH_WRITER = re.compile(
    r"\b(?:follow (?:him|her|them|me|us)\b|(?:may|can) be reached at\b|e-?mail (?:[\w.'’-]+ ){1,3}at\b|"
    r"contact (?:him|her|them|[\w.'’-]+ [\w.'’-]+) at\b|folgen sie (?:ihm|ihr)\b|ist erreichbar unter\b|"
    r"suivez-(?:le|la)\b|joignable à\b|s[ií]guel[oa]\b|(?:puede ser )?contactad[oa] en\b)",
    re.I,
)
_ADDRESS_OR_HANDLE = re.compile(r"[\w.+-]+@[\w-]+\.\w|(?<![\w@])@\w{2,}")
MAX_REACH_WRITER_WORDS = 45


def _reach_the_writer(block: Block, page: Page) -> str | None:
    f = block.features
    if f.position < MIN_BIO_POSITION or "@" not in f.visible or not _ADDRESS_OR_HANDLE.search(f.visible):
        return None
    match = _REACH_WRITER.search(f.visible)
    return f"how to reach the writer: '{match.group(0)}'" if match else None


# The heading of an author box: "About the author", "About Jane Doe", "Sobre Carlos Nadalim".
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|van|von|de|da|del|di|der|la|le)){1,3}"
_AUTHOR_HEADING = re.compile(
    r"^(?:(?i:about|über|à propos de|acerca de|sobre|informazioni su|over|om)\s+"
    r"(?:(?i:the (?:author|writer)|den autor|die autorin|l['’]auteur|el autor|la autora|o autor|a autora|"
    r"l['’]autore|de auteur|författaren|forfatteren|skribenten)|(?P<name>" + _NAME + r"))|(?i:об авторе|o autorze|yazar hakkında|"
    r"(?:نبذة )?عن الكاتب|درباره(?:‌ی| ی)? نویسنده|(?:על|אודות) (?:ה)?כותב(?:ת)?|σχετικ[άα] με τον συντ[άα]κτη|"
    r"για τον συγγραφ[έε]α|लेखक के बारे में))\s*:?$",
)
MAX_AUTHOR_HEADING_WORDS = 6
_AUTHOR_HEADING_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH})


def _author_heading(block: Block, page: Page) -> str | None:
    f = block.features
    if f.position < MIN_BIO_POSITION:
        return None
    text = f.visible
    match = _AUTHOR_HEADING.match(text)  # case matters for the name only
    if match is None:
        return None
    # A box links the author's name to their page ("About [Jane Doe](/author/jane)");
    # a heading with any other link ("About [Example Fund](...)") points elsewhere.
    if f.links and [t.strip() for t in link_texts(block.text)] != [match.group("name")]:
        return None
    return f"author box heading '{text[:50]}'"


# Under an author box's heading stands the box itself: the writer's photo, then
# a paragraph about them, longer than a one-line bio ("Father of two and a
# teacher, Jane also ...") and about anything, so no phrase finds it. It is the
# first paragraph after the heading only: a second one is no box text.
MAX_BOXED_BIO_WORDS = 150
MAX_PHOTOS_BEFORE_BIO = 2


def _under_author_heading(block: Block, page: Page) -> str | None:
    if block.features.position < MIN_BIO_POSITION:
        return None
    before = page.blocks[max(0, block.index - 1 - MAX_PHOTOS_BEFORE_BIO) : block.index]
    for previous in reversed(before):
        if previous.features.image_only:
            continue
        if previous.kind in _AUTHOR_HEADING_KINDS and previous.features.words <= MAX_AUTHOR_HEADING_WORDS:
            heading = _author_heading(previous, page)
            if heading:
                return f"the box under the {heading}"
        return None
    return None


CREDIT_LINE = Rule(
    "FTR705",
    "footer.credit_line",
    "Agency and reporting credits: 'Reporting by ...; Editing by ...', 'mit Material von dpa', '(avec AFP)', 'Originally published on ...'.",
    "Who reported, edited or supplied a story is a production credit under the article, "
    "like a citation line ('... retrieved 20 November 2019 from https://...').",
    ("Reporting by Jane Doe; Editing by John Roe", "Associated Press writers Ann Lee and Bo Chan contributed.",
     "Mit Material von dpa und AFP", "(avec AFP)", "Con información de EFE"),
    terminal=True,
)

MEDIA_CREDIT = Rule(
    "FTR707",
    "footer.media_credit",
    "A photo or video credit on a line of its own: 'Photo by Jane Doe/Getty Images', '(Image credit: NASA)', "
    "'Foto: dpa', 'Photo : AFP', 'Jane Doe Submitted photo'.",
    "A credit names who took or owns a picture, not what it shows (a caption, which is kept); "
    "with the picture gone or beside it, the name is attribution, not article text.",
    ("Photo by Jane Doe/Getty Images", "(Image credit: NASA)", "Foto: dpa", "Photo : Jean Dupont / AFP",
     "Image copyright Getty Images"),
    # Credits stand under the pictures between an article's paragraphs.
    interruption=True,
)

# The credit's label, then only a name, an agency or a licence: no sentence.
_CREDIT_LABEL = (
    r"(?:(?:image|photo|picture|photograph|video|foto|bild|fotos|bilder|imagen|imagem|immagine|beeld|illustration|"
    r"grafik|graphic|infographic|infografik|crédit photo|crédits? photos?|photo credit|image credit|foto(?:grafía)?)"
    r"(?: credits?| copyright| courtesy)?)"
)
_MEDIA_CREDIT = re.compile(
    rf"\(?\s*(?:{_CREDIT_LABEL}\s*(?::|©|by|von|par|por|di|door|copyright)\s*©?|"
    r"courtesy(?: of)?|mit freundlicher genehmigung(?: von)?|avec l'aimable autorisation de|cortesía de|cortesia de)"
    r"\s*[^\s.:;!?](?:[^.;!?]|\.(?=\s*\w)){0,60}?\.?\s*\)?|"
    # a name or agency, then the kind of picture: "Jane Doe Submitted photo", "Getty Images", "AP Photo/Jane Doe"
    r"(?:[\w.'’-]+ ){0,4}(?:submitted|staff|file|contributed|handout) (?:photo|image)|"
    r"(?:getty images|ap photo|afp(?: via getty images)?|reuters|shutterstock|istock(?:photo)?|dpa|epa|efe|picture alliance|imago)"
    r"(?:\s*[/|]\s*[^.;!?]{1,40})?|"
    # a photographer and the agency: "Jane Doe, Associated Press", "Jane Doe/Getty Images"
    # or "Jane Doe | Getty Images", "Stockimages, Getty Images/Creatas RF"
    r"(?:[\w.'’-]+ ){0,4}[\w.'’-]+\s*[,/|]\s*(?:the )?(?:associated press|ap|reuters|afp|getty images|getty|epa|efe|dpa|ansa|"
    r"bloomberg|pool)(?:\s+(?:photo|images|file))?(?:\s*/\s*[\w.'’ -]{1,30})?|"
    # a source handed out through an agency: "Harbour Police Department via AP"
    r"(?:[\w.'’&-]+ ){1,7}via (?:the )?(?:associated press|ap|reuters|afp|getty images|getty|epa|efe|dpa)",
    re.I,
)
# A photographer's name, then an agency that writes itself in capitals: "Jane K. Doe/HARBOURMEDIA".
_NAME_SLASH_AGENCY = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\s*/\s*[A-Z]{3,}(?: [A-Z]{2,})?")
MAX_MEDIA_CREDIT_WORDS = 10


# A credit is names and agencies: besides its label, these are the only words
# it writes in lower case. "Photo: The ferry leaves at dawn" is a caption.
_CREDIT_LOWER_CASE_WORDS = frozenset({
    "by", "von", "par", "por", "di", "door", "via", "for", "of", "and", "und", "et", "y", "e", "de",
    "del", "da", "du", "des", "van", "der", "den", "la", "le", "photo", "photos", "image", "images",
    "picture", "pictures", "foto", "fotos", "bild", "bilder", "photograph", "photography", "video",
    "credit", "credits", "copyright", "courtesy", "submitted", "staff", "file", "contributed", "handout",
    "illustration", "graphic", "dpa", "epa", "afp", "ap", "efe", "ansa", "apa", "kna", "epd", "imago",
    "alliance", "getty", "istock", "istockphoto", "shutterstock", "mit", "freundlicher", "genehmigung", "associated",
    "press", "the", "pool",
    "avec", "l'aimable", "autorisation", "cortesía", "cortesia", "crédit", "crédits", "imagen", "imagem",
})  # fmt: skip


def _media_credit(block: Block, page: Page) -> str | None:
    text = block.features.visible.strip()
    if not text or block.features.sentences > 1:
        return None
    if not _MEDIA_CREDIT.fullmatch(text) and not _NAME_SLASH_AGENCY.fullmatch(text):
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if any(w[0].islower() and w.lower() not in _CREDIT_LOWER_CASE_WORDS for w in words):
        return None
    return f"picture credit '{text[:50]}'"


_CREDIT = re.compile(
    r"^\(?\s*(?:(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced) by\b|"
    r"[\w\s.,'’-]{3,300}\bcontributed(?: reporting| to this (?:report|story|article))?"
    r"(?: (?:from|in) [\w\s.,'’-]{1,60}?)?\.?\s*\)?$|"
    # a wire story's slug: "BC-EU--Britain-Brexit-Election, 1st Ld-Writethru"
    r"(?:ap|bc)-[a-z]{2,3}-{1,2}[\w-]+(?:,\s*\d+(?:st|nd|rd|th)\s+(?:ld|add)-writethru)?$|"
    r"(?:mit material von|mitarbeit:|quelle:)\s|\(?avec (?:afp|reuters|ap)\)?$|"
    r"contributing:\s|"
    r"source:\s*(?:news agencies|agencies|wire services|[\w&'’.-]+(?:\s+[\w&'’.-]+){0,4}(?: and news agencies)?)\s*$|"
    r"con información de\s|\(?con (?:efe|afp|reuters|europa press|ansa|agi|adnkronos)\)?$|"
    r"com informações d[aeo]s? (?:agências|lusa|reuters|afp|efe|agência brasil)\b|\(?com (?:lusa|agência brasil|afp|reuters|efe)\)?$|"
    r"(?:bron|fonte):\s*(?:anp|belga|ansa|agi|lusa|reuters|afp)\b|"
    r"(?:nguồn|sumber|zdroj|джерело|sursa|forrás):\s*(?:ttxvn|vna|antara|čtk|укрінформ|ukrinform|agerpres|mediafax|"
    r"mti|reuters|afp|ap|dpa)\b|"
    r"kilde:\s*(?:ritzau|reuters|afp|ap|dpa)\b|"
    r"(?:lähde|kilde|zdroj|font):\s*(?:stt|ntb|tasr|sita|acn|efe|europa press|reuters|afp|ap)\b|/ritzau/$|π[ηή]γ[ηή]:\s*(?:απε(?:-μπε)?|reuters|afp)\b|"
    r"المصدر:\s*(?:وكالات|رويترز|فرانس برس)|"
    r"citation:?\s.*\bretrieved\b.*\bfrom\b|"
    # a republication note names where ("... on The Conversation"); "First published
    # in 1851, the paper ..." and "Originally published in 1998, the book ..." open a story
    r"(?:this (?:article|story|piece|post) (?:was )?(?:originally|first)|originally) (?:published|appeared) (?:on|in|at)\s(?!\d)|"
    r"dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich) (?:in|bei|auf)\s(?!\d)|"
    r"cet article a (?:d'abord|initialement|originellement) été publié (?:sur|dans|par)\s(?!\d)|"
    r"este artículo (?:fue|se) publicó? (?:originalmente|primero) en\s(?!\d)|"
    r"este artículo fue publicado (?:originalmente|primero) en\s(?!\d)|"
    r"[（(]?(?:责任编辑|責任編輯)\s*[:：])",
    re.I,
)
MAX_CREDIT_WORDS = 60


COMPANY_PROFILE = Rule(
    "FTR706",
    "footer.company_profile",
    "A company's standard self-description after a press release: 'Example is a leading provider of ...'.",
    "Press releases end with the issuer's boilerplate ('About Example'), the same on every release; it "
    "praises the company in its own words ('a leading provider', 'ein führender Anbieter') rather than "
    "reporting the news. Only a paragraph that opens with a name, calls it a company with such a word, "
    "and stands after most of the page's prose is taken.",
    ("Example is a leading global provider of harbour software and employs 1,300 people worldwide.",
     "Beispiel AG ist ein international führender Anbieter von Hafensoftware mit Sitz in Hamburg und 500 Mitarbeitern.",
     "Exemple est un leader mondial des logiciels portuaires, présent dans 18 pays avec 900 salariés."),
    terminal=True,
)

# "<Name> is a|an|the", with an optional apposition: "Example (SIX: EXM) is a", "Example, founded in 1990, is a".
_PROFILE_OPENING = re.compile(
    r"^(?P<name>[A-ZÀ-Þ0-9][\w.&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ0-9(][\w.&'’()-]*){0,4})\s*"
    r"(?:\([^)]{1,40}\)\s*)?(?:,[^,]{1,80},\s*)?"
    r"(?:is|ist|est|es|é|è)\s+(?:a|an|the|ein|eine|der|die|das|un|une|le|la|l'|una|el|um|uma|o|il|een|de)\s",
)
# Words a company praises itself with, and what it calls itself; both must come
# within PROFILE_WINDOW words after the article ("a global solutions provider",
# "une entreprise internationale").
_PROFILE_PRAISE = re.compile(
    r"^(?:leading|global|world'?s|worldwide|international|premier|largest|innovative|independent|multinational|"
    r"pioneering|trusted|fast-growing|award-winning|renowned|foremost|"
    r"führende[rnms]?|weltweit|globale[rnms]?|internationale[rnms]?|größte[rnms]?|innovative[rnms]?|"
    r"mondial(?:e|es|aux)?|internationale?s?|principale?s?|premier|première|innovante?s?|"
    r"líder(?:es)?|mundial(?:es)?|internacional(?:es)?|innovador(?:a|es)?|"
    r"inovador(?:a|es)?|globale|mondiale|innovativ[oa]|leader|"
    r"toonaangevende|wereldwijde|leidende|grootste|innovatieve)$",
    re.I,
)
_PROFILE_NOUN = re.compile(
    r"^(?:provider|company|leader|manufacturer|developer|supplier|firm|group|organi[sz]ation|maker|publisher|"
    r"agency|operator|producer|retailer|corporation|consultancy|specialist|distributor|"
    r"anbieter|hersteller|konzern|dienstleister|unternehmen|spezialist|marktführer|technologieführer|lieferant|"
    r"fournisseur|fabricant|groupe|entreprise|société|éditeur|spécialiste|acteur|opérateur|prestataire|"
    r"empresa|compañía|proveedor|fabricante|grupo|especialista|operador|companhia|fornecedor(?:a)?|operadora|"
    r"azienda|società|fornitore|produttore|gruppo|operatore|aanbieder|leverancier|fabrikant|onderneming|"
    r"bedrijf|groep|marktleider)$",
    re.I,
)
# Determiners and pronouns that open a sentence about a company without naming it.
_NOT_A_NAME = frozenset(
    {
        "the", "this", "that", "it", "he", "she", "they", "we", "our", "its", "their", "which",
        "der", "die", "das", "dieses", "diese", "dieser", "es", "er", "sie", "unser", "unsere",
        "le", "la", "les", "ce", "cette", "il", "elle", "notre",
        "el", "los", "las", "este", "esta", "ello", "ella", "nuestro", "nuestra",
        "o", "os", "as", "ele", "ela", "nosso", "nossa",
        "lo", "gli", "questo", "questa", "lui", "lei", "nostro", "nostra",
        "de", "het", "dit", "deze", "hij", "zij", "ons", "onze",
    }
)  # fmt: skip
PROFILE_WINDOW = 8
MIN_PROFILE_WORDS = 15  # a boilerplate paragraph says what, where and how big
MAX_PROFILE_WORDS = 150  # longer is an article section about the company, not its boilerplate
MIN_PROFILE_POSITION = 0.4  # as for author boxes: never in the page's first part
# The share of the page's prose words that must stand before the paragraph: a
# company introduced in a story's opening paragraphs is the story's subject.
MIN_PROSE_BEFORE_PROFILE = 0.5
MIN_PROSE_WORDS = 20  # a block of prose: this many words and a sentence


def _prose_before(blocks: list[Block]) -> list[float]:
    """For each block, the share of the page's prose words in the blocks before it."""
    words = [b.features.words if b.features.words >= MIN_PROSE_WORDS and b.features.sentences else 0 for b in blocks]
    total = max(1, sum(words))
    shares: list[float] = []
    running = 0
    for count in words:
        shares.append(running / total)
        running += count
    return shares


def _company_profile(block: Block, page: Page) -> str | None:
    f = block.features
    if f.words < MIN_PROFILE_WORDS or f.position < MIN_PROFILE_POSITION:
        return None
    match = _PROFILE_OPENING.match(f.visible)
    if match is None:
        return None
    name = match.group("name")
    if name.split()[0].lower() in _NOT_A_NAME:
        return None  # "Das Unternehmen ist ein führender ...", "It is a ...": a sentence of the story
    window = [w.strip(",.;:()") for w in f.visible[match.end() :].split()[:PROFILE_WINDOW]]
    praise = next((w for w in window if _PROFILE_PRAISE.match(w)), None)
    noun = next((w for w in window if _PROFILE_NOUN.match(w)), None)
    if praise is None or noun is None:
        return None
    if page.computed(_prose_before)[block.index] < MIN_PROSE_BEFORE_PROFILE:
        return None
    return f"company profile '{name} ... {praise} ... {noun}' after the article"


# The profile's facts sentence: where the company sits and how big it is
# ("Example is headquartered in Baar, has subsidiaries in 15 countries and
# employs 1,300 people"). Both the seat and a head count or a spread must be there.
_COMPANY_SEAT = re.compile(
    r"^(?P<name>[A-ZÀ-Þ0-9][\w.&'’-]*(?:\s+(?:&\s+|(?:de|del|des|du|der|van|von|la|los|di) )?[A-ZÀ-Þ0-9(][\w.&'’()-]*){0,4})"
    r"\s*(?:\([^)]{1,40}\)\s*)?,?\s*"
    r"(?:is (?:headquartered|based) in|has its (?:headquarters|head office) in|hat (?:seinen|ihren) (?:hauptsitz|sitz) in|"
    r"a son siège(?: social)? à|est basée? à|tiene su sede en|tem (?:a )?sede em|ha sede a|is gevestigd in)\b",
    re.I,
)
# A word every seat phrase above holds, looked for before the pattern is run.
_SEAT_WORDS = ("based", "headquarter", "head office", "sitz", "siège", "basé", "sede", "gevestigd")
_COMPANY_SIZE = re.compile(
    r"\b(?:employs|beschäftigt|emploie|emplea|emprega|impiega)\b|"
    r"\d[\d,.\s]*\s*(?:employees|staff|mitarbeiter(?:innen)?|beschäftigte|salariés|collaborateurs|"
    r"employés|empleados|trabajadores|funcionários|colaboradores|dipendenti|medewerkers)|"
    r"\b(?:subsidiaries|offices|tochtergesellschaften|filiales|subsidiarias|filiais|filiali|vestigingen) in\b|"
    r"\d+\s*(?:countries|ländern|pays|países|paesi|landen)\b",
    re.I,
)


def _company_facts(block: Block, page: Page) -> str | None:
    f = block.features
    if f.position < MIN_PROFILE_POSITION or not any(word in f.normalized for word in _SEAT_WORDS):
        return None
    match = _COMPANY_SEAT.match(f.visible)
    if match is None or match.group("name").split()[0].lower() in _NOT_A_NAME or not _COMPANY_SIZE.search(f.visible):
        return None
    if page.computed(_prose_before)[block.index] < MIN_PROSE_BEFORE_PROFILE:
        return None
    return f"company profile: where '{match.group('name')}' sits and how big it is, after the article"


RULES = (
    BlockRule(
        COPYRIGHT,
        _copyright,
        frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING}),
        MAX_REPRINT_NOTICE_WORDS,
    ),
    phrase_rule(LEGAL, _LEGAL, mode="whole", max_words=30),
    BlockRule(
        CONTACT_DETAILS, _contact_details, frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}), MAX_CONTACT_WORDS
    ),
    BlockRule(AUTHOR_BIO, _author_bio, frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE}), MAX_BIO_WORDS),
    BlockRule(AUTHOR_BIO, _author_heading, _AUTHOR_HEADING_KINDS, MAX_AUTHOR_HEADING_WORDS),
    BlockRule(AUTHOR_BIO, _under_author_heading, frozenset({BlockKind.PARAGRAPH}), MAX_BOXED_BIO_WORDS),
    BlockRule(AUTHOR_BIO, _reach_the_writer, frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE}), MAX_REACH_WRITER_WORDS),
    BlockRule(COMPANY_PROFILE, _company_profile, frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE}), MAX_PROFILE_WORDS),
    BlockRule(COMPANY_PROFILE, _company_facts, frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE}), MAX_PROFILE_WORDS),
    BlockRule(
        MEDIA_CREDIT, _media_credit, frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.HEADING}), MAX_MEDIA_CREDIT_WORDS
    ),
    pattern_rule(
        CREDIT_LINE,
        _CREDIT,
        what="credit line",
        kinds=(BlockKind.PARAGRAPH, BlockKind.QUOTE),
        max_words=MAX_CREDIT_WORDS,
    ),
)
