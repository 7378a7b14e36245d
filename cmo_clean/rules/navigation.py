"""Navigation: skip links, breadcrumbs, pagination, account prompts, UI labels."""

from __future__ import annotations

import functools
import re

from cmo_clean.blocks import normalized, text_table_lines
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, PhraseMatchers, Rule, pattern_rule, phrase_rule, spellings

SKIP_LINK = Rule(
    "NAV201",
    "navigation.skip_link",
    "Accessibility jump links: 'Skip to main content', 'Zum Inhalt springen'.",
    "Jump links exist for screen-reader navigation of the live page; in a clipping they point nowhere.",
    ("Skip to main content Skip to Footer", "Zum Inhalt springen", "Aller au contenu principal"),
)
BREADCRUMB = Rule(
    "NAV202",
    "navigation.breadcrumb",
    "A breadcrumb trail: 'Home > Blog > Topic', 'Startseite / News'.",
    "A breadcrumb repeats the site's hierarchy; it tells nothing the article does not.",
    ("Home > Insights > Pharma", "Startseite / Aktuelles / Presse"),
)
PAGINATION = Rule(
    "NAV204",
    "navigation.pagination",
    "Pager controls: 'Next page', 'Page 2 of 5', 'Seite 2 von 5', 'Load more'.",
    "Pagination links move through a listing; the clipping has only one page of it.",
    ("Next page", "« Previous 1 2 3 Next »", "Seite 2 von 5", "Page suivante", "Cargar más"),
)
GALLERY_COUNTER = Rule(
    "NAV208",
    "navigation.gallery_counter",
    "Gallery counters: 'Image 2 of 5', 'Bild 3 von 12', 'Photo 4 sur 9', 'Imagen 1 de 6'.",
    "A slideshow's position label; the images and captions it counts are kept.",
    ("Image 2 of 5", "Bild 3 von 12", "Photo 4 sur 9", "Imagen 1 de 6"),
    # It stands between an article's paragraphs ("The five are:", then the gallery).
    interruption=True,
)
MEDIA_PLAYER = Rule(
    "NAV209",
    "navigation.media_player",
    "A video player's controls as text: 'Video Player is loading.', 'Current Time 0:00', 'This is a modal window.', "
    "and the 'Mute', 'Fullscreen', 'Chapters' labels around them.",
    "An embedded player (video.js, JW Player) writes its buttons, timers and caption settings into the page; "
    "outside the live page they are neither the video nor the article.",
    ("This is a modal window.", "Video Player is loading.", "Ceci est une fenêtre modale.", "Dies ist ein modales Fenster."),
    # Players are embedded between an article's paragraphs as often as beside it.
    interruption=True,
)
PERMALINK = Rule(
    "NAV210",
    "navigation.permalink",
    "The page's own address on a line of its own: a permalink, a print view's or a share box's copy of the URL.",
    "The address is the clipping's `url` metadata already; standing as a line of text it repeats it.",
    ("https://news.example/2025/03/ferry-pier-vote",),
)
ACCOUNT = Rule(
    "NAV205",
    "navigation.account_prompt",
    "Login/registration prompts: 'Sign in', 'Register', 'Mein Konto', 'Se connecter'.",
    "Account controls belong to the site, not to the article.",
    ("Sign in | Register", "Anmelden", "Mon compte", "Iniciar sesión"),
)
BACK_TO_TOP = Rule(
    "NAV206",
    "navigation.back_to_top",
    "'Back to top', 'Nach oben', 'Retour en haut', 'Volver arriba'.",
    "A scroll control; meaningless outside the live page.",
    ("Back to top", "Zurück nach oben", "Haut de page"),
)
MENU = Rule(
    "NAV203",
    "navigation.menu",
    "Menus: a line of short items ('Home   Essays   Reviews   About'), or a run of bare short links.",
    "A menu lists the site's sections. Three or more items of one to three words each, set "
    "apart by wide spaces or bars, or a run of list items that are nothing but a short link, "
    "are navigation; a list of names inside the article has no links and reads as a list.",
    ("Home   Essays   Reviews   Events   About", "News | Sport | Culture | Obituaries"),
)
UI_LABEL = Rule(
    "NAV207",
    "navigation.ui_label",
    "Bare interface labels: 'Menu', 'Search', 'Close', 'Show less', '5 min read', 'Get the app', 'Updated 3 hours ago'.",
    "Buttons and menu toggles leave one-word labels in the text; they are not sentences.",
    ("Menu", "Toggle navigation", "Suche", "Rechercher", "Cerrar"),
)

_SKIP = {
    "en": [r"skip (?:to|navigation)(?: the)?(?: main)?(?: (?:content|navigation|footer|menu|search))?",
           r"jump to (?:main )?(?:content|navigation)"],
    "de": [r"(?:direkt )?zu[mr] (?:haupt)?(?:inhalt|navigation|footer|fußzeile|suche)(?: springen| wechseln)?",
           r"inhalt überspringen"],
    "fr": [r"(?:aller|passer) (?:au|à la|aux) (?:contenu(?: principal)?|navigation|pied de page|menu|recherche)"],
    "es": [r"(?:saltar|ir) al? (?:contenido(?: principal)?|navegación|pie de página|menú|búsqueda)"],
    "pt": [r"(?:pular|saltar|ir) para (?:o |a )?(?:conteúdo(?: principal)?|navegação|rodapé|menu|pesquisa)"],
    "it": [r"(?:vai|salta|passa) (?:al|alla|ai) (?:contenuto(?: principale)?|navigazione|menu|piè di pagina|footer|ricerca)"],
    "nl": [r"(?:ga |spring )?(?:direct )?naar (?:de |het )?(?:hoofd)?(?:inhoud|navigatie|menu|footer|voettekst|zoekfunctie)"
           r"(?: springen| gaan)?", r"(?:inhoud|navigatie) overslaan"],
    "ru": [r"(?:перейти|переход) к (?:основному )?(?:содержимому|содержанию|контенту|навигации|меню|поиску)",
           r"пропустить (?:навигацию|меню)"],
    "bg": [r"(?:премини|прескочи|отиди) (?:към|на) (?:основното )?(?:съдържание(?:то)?|навигация(?:та)?|менюто|търсене(?:то)?)"],
    "hr": [r"(?:preskoči|prijeđi|pređi|idi) na (?:glavni )?(?:sadržaj|navigaciju|izbornik|meni|podnožje|pretragu)", r"preskoči (?:navigaciju|izbornik|meni)"],
    "sr": [r"(?:прескочи|пређи|иди) на (?:главни )?(?:садржај|навигацију|мени|претрагу)", r"прескочи (?:навигацију|мени)"],
    "th": [r"ข้ามไป(?:ยัง)?(?:เนื้อหา(?:หลัก)?|เมนู(?:หลัก)?|การนำทาง)"],
    "ms": [r"(?:langkau|terus|lompat) ke (?:kandungan(?: utama)?|navigasi|menu)", r"langkau (?:navigasi|menu)"],
    "pl": [r"przejdź do (?:głównej )?(?:treści|zawartości|nawigacji|menu|stopki|wyszukiwarki)", r"pomiń (?:nawigację|menu)"],
    "tr": [r"(?:ana )?(?:içeriğe|menüye) (?:geç|atla|git)", r"içeriği atla"],
    "sv": [r"(?:hoppa|gå) (?:direkt )?till (?:huvud)?(?:innehåll(?:et)?|navigering(?:en)?|menyn|sidfoten|sök)"],
    "vi": [r"(?:chuyển|bỏ qua|đi) (?:đến|tới) (?:nội dung(?: chính)?|điều hướng|menu|chân trang|tìm kiếm)",
           r"bỏ qua (?:nội dung|điều hướng|menu)"],
    "id": [r"(?:langsung |lompat |loncat |lewati |pergi )ke (?:konten(?: utama)?|isi|navigasi|menu|footer|pencarian)",
           r"lewati (?:navigasi|menu)"],
    "cs": [r"(?:přejít|přeskočit) (?:na|k) (?:hlavní(?:mu)? )?(?:obsah(?:u)?|navigac[ei]|menu|patičk[ua]|vyhledávání)",
           r"přeskočit (?:navigaci|menu)"],
    "uk": [r"(?:перейти|перехід) до (?:основного )?(?:вмісту|змісту|контенту|навігації|меню|пошуку)", r"пропустити (?:навігацію|меню)"],
    "ro": [r"(?:sari|salt|treci|mergi) la (?:con[țţ]inut(?:ul)?(?: principal)?|naviga[țţ]ie|meniu|subsol|căutare)"],
    "hu": [r"ugrás (?:a )?(?:fő )?(?:tartalomhoz|tartalomra|navigációhoz|menühöz|lábléchez|kereséshez)", r"kilépés a tartalomba"],
    "ja": [r"(?:メイン)?(?:コンテンツ|本文|メニュー|ナビゲーション)(?:へ|に)(?:移動|スキップ|進む)", r"本文へ"],
    "zh": [r"(?:跳[到至过過]|跳[转轉][到至]|直接[到至])(?:主要)?(?:内容|正文|[导導][航覽]|主[选選]单)"],
    "ko": [r"(?:본문|주 ?메뉴|메뉴|전체 ?메뉴) ?바로 ?가기", r"본문으로 (?:바로 ?)?가기"],
    "ar": spellings([r"(?:ال)?(?:تخطي|تجاوز|انتقل|انتقال|اذهب) (?:إلى ال|لل)(?:محتوى(?: الرئيسي)?|قائمة(?: الرئيسية)?|تنقل|بحث)"]),
    "fa": spellings([r"(?:پرش|رفتن|رد شدن|برو|انتقال) به (?:محتوا(?:ی اصلی)?|منو(?:ی اصلی)?|ناوبری|جستجو)"]),
    "he": [r"(?:דלג|דילוג|עבור|מעבר|קפוץ|דלגו) (?:ישירות )?ל(?:תוכן(?: (?:ה)?עיקרי)?|תפריט(?: (?:ה)?ראשי)?|ניווט|חיפוש|כותרת(?: (?:ה)?ראשית)?)"],
    "el": spellings([r"(?:μετάβαση|παράκαμψη|μεταπήδηση|πήγαινε|μετάβαση κατευθείαν) (?:στο|στην|προς το|προς την) (?:κύριο |κυρίως )?(?:περιεχόμενο|πλοήγηση|μενού|αναζήτηση)"]),
    "hi": spellings([r"(?:सीधे )?(?:मुख्य )?(?:सामग्री|विषय-?वस्तु|कंटेंट|मेनू|नेविगेशन) पर (?:जाएँ|जायें|जाएं)"]),
    "da": [r"(?:gå|spring|hop) (?:direkte )?til (?:hoved)?(?:indhold(?:et)?|navigation(?:en)?|menu(?:en)?|søgning(?:en)?|sidefod(?:en)?)",
           r"spring (?:navigation|menu)(?:en)? over"],
    "fi": [r"(?:siirry|hyppää) (?:suoraan )?(?:pää)?(?:sisältöön|navigaatioon|valikkoon|hakuun|alatunnisteeseen)",
           r"ohita (?:navigaatio|valikko)"],
    "no": [r"(?:gå|hopp) (?:direkte )?til (?:hoved)?(?:innhold(?:et)?|navigasjon(?:en)?|meny(?:en)?|søk|bunntekst(?:en)?)",
           r"hopp over (?:navigasjon|meny)(?:en)?"],
    "sk": [r"(?:prejsť|preskočiť) (?:na|k) (?:hlavn(?:ý|ému) )?(?:obsah(?:u)?|navigáci[eiu]|menu|pätičk[uy]|vyhľadávani[eu])",
           r"preskočiť (?:navigáciu|menu)"],
    "ca": [r"(?:salta|saltar|vés|ves|anar|passa) (?:al|a la|als) (?:contingut(?: principal)?|navegació|menú|peu de pàgina|cerca)"],
}  # fmt: skip
_GALLERY = {
    "en": [r"(?:image|photo|picture|slide|gallery image) \d+ ?(?:of|/|of ?/) ?\d+"],
    "de": [r"(?:bild|foto) \d+ ?(?:von|/) ?\d+"],
    "fr": [r"(?:image|photo|diapositive) \d+ ?(?:sur|/) ?\d+"],
    "es": [r"(?:imagen|foto) \d+ ?(?:de|/) ?\d+"],
    "pt": [r"(?:imagem|foto) \d+ ?(?:de|/) ?\d+"],
    "it": [r"(?:immagine|foto) \d+ ?(?:di|/) ?\d+"],
    "nl": [r"(?:afbeelding|foto) \d+ ?(?:van|/) ?\d+"],
}  # fmt: skip
_PAGER = {
    "en": [r"next page", r"previous page", r"next", r"previous", r"prev", r"older posts?", r"newer posts?",
           r"page \d+ of \d+", r"load more(?: articles| stories| posts)?", r"show more", r"first", r"last",
           r"older (?:entries|articles)", r"newer (?:entries|articles)", r"«", r"»", r"…",
           # a page number, but not part of a price, a phone number or a count ("139.00", "1,234")
           r"(?<![\d.,])\d{1,3}(?!\d|[.,]\d)",
           r"(?:previous|next|older|newer) (?:post|article|entry|story|page)"],
    "de": [r"nächste seite", r"vorherige seite", r"weiter", r"zurück", r"seite \d+ von \d+",
           r"mehr laden", r"weitere (?:artikel|beiträge) laden", r"ältere beiträge", r"neuere beiträge",
           r"(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|eintrag)"],
    "fr": [r"page suivante", r"page précédente", r"suivant", r"précédent", r"page \d+ sur \d+",
           r"charger plus", r"articles plus anciens", r"articles plus récents",
           r"(?:billet|article|page|épisode) (?:précédent|suivant)e?"],
    "es": [r"página siguiente", r"página anterior", r"siguiente", r"anterior", r"página \d+ de \d+",
           r"cargar más", r"entradas anteriores", r"entradas más recientes",
           r"(?:entrada|artículo|página|publicación) (?:anterior|siguiente)"],
    "pt": [r"próxima página", r"página anterior", r"próxim[oa]", r"seguinte", r"anterior", r"página \d+ de \d+",
           r"carregar mais", r"(?:posts|artigos) mais (?:antigos|recentes)", r"entradas mais (?:antigas|recentes)",
           r"(?:artigo|post|página|publicação) (?:anterior|seguinte)", r"próxim[oa] (?:artigo|post|página|publicação)"],
    "it": [r"pagina successiva", r"pagina precedente", r"successiv[oa]", r"precedente", r"pagina \d+ di \d+",
           r"carica (?:altri|altro|di più)", r"articoli (?:meno|più) recenti", r"articoli precedenti",
           r"(?:articolo|post|pagina) (?:precedente|successivo)"],
    "nl": [r"volgende pagina", r"vorige pagina", r"volgende", r"vorige", r"pagina \d+ van \d+", r"meer laden",
           r"laad meer(?: artikelen| berichten)?", r"toon meer", r"oudere berichten", r"nieuwere berichten",
           r"(?:vorig|volgend) (?:bericht|artikel)", r"(?:vorige|volgende) (?:post|pagina)"],
    "ru": [r"(?:следующая|предыдущая)(?: (?:страница|статья|запись|новость))?", r"(?:следующий|предыдущий) (?:материал|пост)",
           r"назад", r"вперёд", r"вперед", r"страница \d+ из \d+", r"(?:загрузить|показать) (?:ещё|еще)(?: новости| статьи)?",
           r"(?:более )?(?:старые|новые) записи"],
    "bg": [r"(?:следваща|предишна)(?: (?:страница|статия|новина))?", r"(?:следващ|предишен) (?:материал|пост)", r"страница \d+ от \d+",
           r"(?:зареди|покажи) (?:още|повече)(?: новини| статии)?", r"(?:по-стари|по-нови) (?:публикации|статии)"],
    "hr": [r"(?:sljedeća|slijedeća|sledeća|prethodna|iduća)(?: (?:stranica|strana|vijest|vest|objava))?",
           r"(?:sljedeći|slijedeći|sledeći|prethodni|idući) (?:članak|post|tekst)", r"stran(?:ic)?a \d+ od \d+",
           r"(?:učitaj|prikaži) (?:još|više)(?: vijesti| vesti| članaka)?", r"(?:starije|novije) (?:objave|vijesti|vesti)"],
    "sr": [r"(?:следећа|претходна)(?: (?:страница|страна|вест|објава))?", r"(?:следећи|претходни) (?:чланак|пост|текст)", r"стран(?:иц)?а \d+ од \d+",
           r"(?:учитај|прикажи) (?:још|више)(?: вести| чланака)?", r"(?:старије|новије) (?:објаве|вести)"],
    "th": [r"(?:หน้า|บทความ|ข่าว)?(?:ถัดไป|ก่อนหน้า)", r"หน้า(?:ที่)? ?\d+ ?(?:จาก|/) ?\d+", r"โหลด(?:ข่าว|บทความ)?เพิ่มเติม"],
    "ms": [r"(?:halaman |artikel |berita )?(?:seterusnya|sebelumnya)", r"halaman \d+ daripada \d+", r"muat (?:lagi|lebih banyak)"],
    "pl": [r"(?:następna|poprzednia)(?: strona)?", r"(?:następny|poprzedni)(?: (?:artykuł|wpis|post))?", r"strona \d+ z \d+",
           r"(?:załaduj|pokaż|wczytaj) więcej", r"(?:starsze|nowsze|wcześniejsze) wpisy"],
    "tr": [r"(?:sonraki|önceki)(?: (?:sayfa|haber|yazı|makale|içerik))?", r"daha fazla (?:yükle|haber yükle)",
           r"sayfa \d+ / \d+", r"(?:daha )?(?:eski|yeni) yazılar"],
    "sv": [r"(?:nästa|föregående)(?: (?:sida|artikel|inlägg))?", r"sida \d+ av \d+", r"(?:ladda|visa) fler(?: artiklar| nyheter)?",
           r"(?:äldre|nyare) inlägg"],
    "vi": [r"trang (?:sau|trước|tiếp(?: theo)?|kế(?: tiếp)?)", r"(?:bài|tin) (?:trước|sau|tiếp theo|kế tiếp)", r"tiếp theo",
           r"trang \d+ (?:của|\/|trên) \d+", r"(?:xem|tải) thêm (?:tin|bài)(?: viết)?", r"tải thêm"],
    "id": [r"(?:halaman )?(?:selanjutnya|berikutnya|sebelumnya)", r"(?:artikel|berita|pos|tulisan) (?:selanjutnya|berikutnya|sebelumnya)",
           r"halaman \d+ dari \d+", r"muat (?:lebih banyak|lainnya)", r"(?:tulisan|pos) (?:lebih )?(?:lama|baru)"],
    "cs": [r"(?:další|předchozí)(?: (?:strana|stránka|článek|příspěvek))?", r"strana \d+ z \d+",
           r"(?:načíst|zobrazit) (?:další|více)(?: články| zprávy)?", r"(?:starší|novější) (?:příspěvky|články)"],
    "uk": [r"(?:наступна|попередня)(?: (?:сторінка|стаття|новина))?", r"(?:наступний|попередній)(?: (?:матеріал|пост|запис))?",
           r"назад", r"вперед", r"сторінка \d+ з \d+", r"(?:завантажити|показати) (?:ще|більше)(?: новин| статей)?",
           r"(?:старіші|новіші) (?:записи|публікації)"],
    "ro": [r"(?:pagina )?(?:următoare|anterioară|precedentă)", r"(?:articolul|postarea) (?:următor(?:oare)?|anterior(?:oară)?|precedent(?:ă)?)",
           r"pagina \d+ din \d+", r"(?:încarcă|arată) mai (?:multe|mult)", r"(?:articole|postări) mai (?:vechi|noi)", r"înapoi"],
    "hu": [r"(?:következő|előző)(?: (?:oldal|cikk|bejegyzés|hír))?", r"\d+\. oldal", r"(?:több|további) (?:cikk |hír )?betöltése",
           r"(?:régebbi|újabb) (?:bejegyzések|cikkek)", r"vissza"],
    "ja": [r"次へ", r"前へ", r"次(?:の)?(?:ページ|記事)(?:へ)?", r"前(?:の)?(?:ページ|記事)(?:へ)?", r"(?:もっと|さらに)読み込む"],
    "zh": [r"[下上]一[页頁篇]", r"首[页頁]", r"[尾末][页頁]", r"加[载載]更多", r"第\d+[页頁]", r"共\d+[页頁]"],
    "ko": [r"(?:다음|이전) ?(?:페이지|글|기사)", r"더 ?불러오기", r"처음", r"마지막", r"이전", r"다음"],
    "ar": spellings([r"(?:ال)?(?:تالي|سابق)", r"(?:الصفحة|المقالة|التدوينة) (?:التالية|السابقة)",
                     r"(?:المقال|الخبر|الموضوع|المنشور) (?:التالي|السابق)", r"(?:تحميل|عرض) المزيد من (?:الأخبار|المقالات|المواضيع)",
                     r"تحميل المزيد", r"(?:مقالات|تدوينات|مواضيع|مشاركات) (?:أقدم|أحدث)", r"(?:ال)?صفحة \d+ من \d+"]),
    "fa": spellings([r"بعدی", r"قبلی", r"(?:صفحه|مطلب|خبر|نوشته|پست|مقاله)(?:‌ی)? (?:بعدی|قبلی|بعد|قبل)",
                     r"(?:نوشته|مطلب|خبر)‌های (?:قدیمی|جدید)‌تر", r"بارگذاری (?:بیشتر|مطالب بیشتر|اخبار بیشتر)",
                     r"صفحه \d+ از \d+"]),
    "he": [r"הבא", r"הקודם", r"הבאה", r"הקודמת", r"(?:ל|ה)?עמוד (?:הבא|הקודם)",
           r"(?:ל|ה)?(?:כתבה|ידיעה|רשומה) (?:הבאה|הקודמת)", r"(?:ל|ה)?(?:מאמר|פוסט) (?:הבא|הקודם)",
           r"(?:פוסטים|רשומות|כתבות) (?:קודמים|קודמות|ישנים יותר|ישנות יותר|חדשים יותר|חדשות יותר)",
           r"(?:טען|טעינת|טענו) (?:עוד|כתבות נוספות)", r"עמוד \d+ מתוך \d+"],
    "el": spellings([r"(?:επόμενη|προηγούμενη)(?: (?:σελίδα|δημοσίευση|ανάρτηση|είδηση))?",
                     r"(?:επόμενο|προηγούμενο)(?: (?:άρθρο|θέμα|post))?", r"(?:παλαιότερα|παλιότερα|νεότερα|νεώτερα) (?:άρθρα|νέα|θέματα)",
                     r"(?:φόρτωση|φορτώστε|φόρτωσε) περισσότερ(?:ων|α)(?: άρθρων| άρθρα)?", r"σελίδα \d+ από \d+"]),
    "hi": spellings([r"(?:अगला|पिछला)(?: (?:पेज|पृष्ठ|लेख|आर्टिकल|पोस्ट))?", r"(?:अगली|पिछली)(?: (?:खबर|स्टोरी|पोस्ट))?",
                     r"(?:और|ज़्यादा|अधिक) (?:खबरें )?लोड करें", r"(?:पेज|पृष्ठ) \d+ / \d+"]),
    "da": [r"(?:næste|forrige)(?: (?:side|artikel|indlæg|nyhed))?", r"side \d+ af \d+", r"(?:indlæs|hent|vis) flere(?: artikler| nyheder)?",
           r"(?:ældre|nyere) (?:indlæg|artikler)"],
    "fi": [r"(?:seuraava|edellinen)(?: (?:sivu|artikkeli|juttu|kirjoitus))?", r"sivu \d+ ?/ ?\d+",
           r"(?:lataa|näytä) lisää(?: uutisia| artikkeleita)?", r"(?:vanhemmat|uudemmat) (?:kirjoitukset|artikkelit)"],
    "no": [r"(?:neste|forrige)(?: (?:side|artikkel|innlegg|sak))?", r"side \d+ av \d+",
           r"(?:last inn|hent|vis|last) fle(?:i)?re(?: artikler| saker| nyheter)?", r"(?:eldre|nyere) (?:innlegg|artikler)"],
    "sk": [r"(?:ďalšia|predchádzajúca)(?: (?:strana|stránka))?", r"(?:ďalší|predchádzajúci)(?: (?:článok|príspevok))?",
           r"strana \d+ z \d+", r"(?:načítať|zobraziť) (?:ďalšie|viac)(?: články| správy)?", r"(?:staršie|novšie) (?:príspevky|články)"],
    "ca": [r"pàgina (?:següent|anterior)", r"següent", r"anterior", r"pàgina \d+ de \d+", r"carrega(?:r)? més(?: notícies| articles)?",
           r"(?:entrades|articles) (?:més )?(?:antigues|antics|recents|anteriors)", r"(?:entrada|article|notícia) (?:anterior|següent)"],
}  # fmt: skip
_ACCOUNT = {
    "en": [r"(?:log|sign) ?in", r"(?:log|sign) ?out", r"sign up", r"register", r"create (?:an |your )?account",
           r"my account", r"forgot (?:your )?password\??", r"subscriber login",
           r"already have an account\W*(?:(?:log|sign) ?in)?"],
    "de": [r"anmelden", r"abmelden", r"einloggen", r"registrieren", r"mein konto", r"konto erstellen",
           r"passwort vergessen\??", r"sie haben bereits ein konto\W*(?:anmelden)?"],
    "fr": [r"se connecter", r"connexion", r"se déconnecter", r"s'inscrire", r"inscription", r"mon compte",
           r"créer un compte", r"mot de passe oublié\s?\??", r"vous avez déjà un compte\W*(?:connectez-vous)?"],
    "es": [r"iniciar sesión", r"cerrar sesión", r"registrarse", r"regístrate", r"mi cuenta",
           r"crear (?:una )?cuenta", r"¿?olvidaste tu contraseña\??", r"acceder",
           r"¿?ya tienes (?:una )?cuenta\W*(?:inicia sesión)?"],
    "pt": [r"entrar", r"sair", r"iniciar sessão", r"terminar sessão", r"cadastr(?:e-se|ar)", r"regist(?:r)?ar(?:-se)?",
           r"registe-se", r"(?:a )?minha conta", r"criar (?:uma )?conta", r"esqueceu (?:a )?(?:sua )?senha\??"],
    "it": [r"accedi", r"esci", r"registrati", r"il mio account", r"crea (?:un )?account", r"password dimenticata\??",
           r"hai dimenticato la password\??", r"area riservata"],
    "nl": [r"inloggen", r"uitloggen", r"log in", r"log uit", r"aanmelden", r"afmelden", r"registreren", r"mijn account",
           r"account aanmaken", r"wachtwoord vergeten\??"],
    "ru": [r"войти", r"вход", r"выйти", r"выход", r"регистрация", r"зарегистрироваться", r"вход и регистрация",
           r"личный кабинет", r"мой (?:профиль|аккаунт|кабинет)", r"забыли пароль\??", r"создать (?:аккаунт|учётную запись|учетную запись)"],
    "bg": [r"вход", r"влез(?:те)?", r"изход", r"регистрация", r"регистрирай(?:те)? се", r"моят (?:профил|акаунт)", r"създай(?:те)? (?:профил|акаунт)",
           r"забравена парола\??", r"забравили сте паролата си\??"],
    "hr": [r"prijava", r"prijavi(?:te)? se", r"odjava", r"odjavi(?:te)? se", r"registracija", r"registriraj(?:te)? se", r"registruj(?:te)? se",
           r"moj (?:račun|profil|nalog)", r"(?:kreiraj|izradi|napravi)(?:te)? (?:račun|nalog|profil)", r"zaboravili ste lozinku\??",
           r"zaboravljena lozinka\??"],
    "sr": [r"пријава", r"пријави(?:те)? се", r"одјава", r"одјави(?:те)? се", r"регистрација", r"региструј(?:те)? се", r"мој (?:налог|профил)",
           r"(?:направи|креирај)(?:те)? налог", r"заборавили сте лозинку\??", r"заборављена лозинка\??"],
    "th": [r"เข้าสู่ระบบ", r"ออกจากระบบ", r"ลงทะเบียน", r"สมัครสมาชิก", r"บัญชีของฉัน", r"โปรไฟล์ของฉัน", r"สร้างบัญชี(?:ใหม่)?", r"ลืมรหัสผ่าน\??"],
    "ms": [r"log masuk", r"log keluar", r"daftar(?: masuk| sekarang)?", r"akaun saya", r"cipta akaun", r"lupa kata laluan\??"],
    "pl": [r"zaloguj(?: się)?", r"wyloguj(?: się)?", r"zarejestruj(?: się)?", r"logowanie", r"rejestracja", r"moje konto",
           r"załóż konto", r"nie pamiętasz hasła\??"],
    "tr": [r"giriş(?: yap)?", r"çıkış(?: yap)?", r"üye ol", r"üye girişi", r"kayıt ol", r"hesabım", r"şifremi unuttum",
           r"oturum aç"],
    "sv": [r"logga (?:in|ut)", r"registrera(?: dig)?", r"mitt konto", r"skapa (?:ett )?konto", r"glömt (?:ditt )?lösenord(?:et)?\??"],
    "vi": [r"đăng nhập", r"đăng xuất", r"đăng ký(?: tài khoản)?", r"tài khoản(?: của tôi)?", r"tạo tài khoản", r"quên mật khẩu\??"],
    "id": [r"masuk", r"keluar", r"daftar(?: sekarang)?", r"akun saya", r"buat akun", r"lupa (?:kata sandi|password)\??"],
    "cs": [r"přihlásit(?: se)?", r"přihlášení", r"odhlásit(?: se)?", r"registrace", r"zaregistrovat(?: se)?", r"můj (?:účet|profil)",
           r"vytvořit účet", r"zapomenuté heslo\??", r"zapomněli jste heslo\??"],
    "uk": [r"увійти", r"вхід", r"вийти", r"вихід", r"реєстрація", r"зареєструватися", r"особистий кабінет",
           r"мій (?:профіль|акаунт|кабінет)", r"забули пароль\??", r"створити (?:акаунт|обліковий запис)"],
    "ro": [r"autentificare", r"conectare", r"autentifică-te", r"conectează-te", r"deconectare", r"înregistrare",
           r"înregistrează-te", r"creează(?: un)? cont", r"contul meu", r"ai uitat parola\??"],
    "hu": [r"bejelentkezés", r"belépés", r"kijelentkezés", r"kilépés", r"regisztráció", r"fiókom", r"fiók létrehozása",
           r"elfelejtett jelszó\??", r"elfelejtette a jelszavát\??"],
    "ja": [r"ログイン", r"ログアウト", r"(?:新規|会員)登録", r"マイページ", r"パスワードを(?:忘れた方|お忘れですか\??)"],
    "zh": [r"登[录錄陆]", r"[注註][册冊]", r"退出(?:[登][录錄])?", r"我的(?:账户|帳戶|账号)", r"个人中心",
           r"忘[记記]密[码碼]"],
    "ko": [r"로그인", r"로그아웃", r"회원 ?가입", r"마이 ?페이지", r"(?:아이디|비밀번호) ?찾기"],
    "ar": spellings([r"(?:تسجيل|سج(?:ّ)?ل) (?:ال)?(?:دخول|خروج)", r"دخول", r"خروج", r"تسجيل(?: (?:جديد|حساب جديد))?",
                     r"(?:إنشاء|أنشئ) حساب(?:اً|ًا|ا)?(?: جديد(?:اً|ًا|ا)?)?", r"حسابي", r"(?:هل )?نسيت كلمة (?:المرور|السر)"]),
    "fa": spellings([r"ورود(?: به (?:حساب(?: کاربری)?|سایت))?", r"خروج(?: از حساب(?: کاربری)?)?", r"ثبت‌نام(?: کنید)?",
                     r"(?:ایجاد )?حساب کاربری(?: جدید)?", r"حساب من", r"فراموشی (?:رمز عبور|کلمه عبور|گذرواژه)",
                     r"(?:رمز عبور|گذرواژه)(?: خود)?(?: را)? فراموش کرده‌اید"]),
    "he": [r"התחברות", r"התחבר(?:ו|י)?", r"כניסה(?: לחשבון| למנויים)?", r"הרשמה", r"הירשם", r"הירשמו", r"התנתק(?:ות)?", r"יציאה",
           r"(?:ה)?חשבון שלי", r"א(?:י)?זור אישי", r"שכחת(?: את)? (?:ה)?סיסמה", r"(?:צור|יצירת) חשבון(?: חדש)?"],
    "el": spellings([r"σύνδεση", r"αποσύνδεση", r"εγγραφή", r"είσοδος", r"έξοδος", r"ο λογαριασμός μου",
                     r"δημιουργία λογαριασμού", r"ξεχάσατε (?:τον κωδικό(?: σας)?|το συνθηματικό(?: σας)?)"]),
    "hi": spellings([r"(?:लॉग ?इन|लॉगिन|लॉग ?आउट|साइन ?इन|साइन ?अप|साइन ?आउट)(?: करें)?", r"रजिस्टर(?: करें)?", r"पंजीकरण(?: करें)?",
                     r"मेरा (?:खाता|अकाउंट|प्रोफाइल)", r"(?:खाता|अकाउंट) बनाएं", r"पासवर्ड भूल गए"]),
    "da": [r"log (?:ind|ud)", r"opret (?:en )?(?:konto|bruger|profil)", r"min (?:konto|profil|side)", r"glemt (?:din )?adgangskode\??",
           r"registrer(?: dig)?"],
    "fi": [r"kirjaudu(?: sisään| ulos)?", r"rekisteröidy", r"luo (?:käyttäjä)?tili", r"oma tili", r"omat tiedot",
           r"unohditko salasanasi\??", r"unohtuiko salasana\??"],
    "no": [r"logg (?:inn|ut)", r"registrer(?: deg)?", r"opprett (?:en |ein )?(?:konto|bruker|brukar|profil)", r"min (?:konto|profil|side)",
           r"glemt (?:passord(?:et)?|passordet ditt)\??"],
    "sk": [r"prihlásiť(?: sa)?", r"prihlásenie", r"odhlásiť(?: sa)?", r"registrácia", r"zaregistrovať(?: sa)?", r"môj (?:účet|profil)",
           r"vytvoriť účet", r"zabudnuté heslo\??", r"zabudli ste heslo\??"],
    "ca": [r"inicia(?:r)? (?:la )?sessió", r"tanca(?:r)? (?:la )?sessió", r"registra't", r"registrar-se", r"el meu compte",
           r"crea(?:r)? (?:un )?compte", r"has oblidat la (?:teva )?contrasenya\??", r"accedeix"],
}  # fmt: skip
_TOP = {
    "en": [r"back to top", r"to top", r"scroll to top", r"top of page"],
    "de": [r"(?:zurück )?nach oben", r"zum seitenanfang", r"seitenanfang"],
    "fr": [r"retour en haut(?: de (?:la )?page)?", r"haut de page", r"remonter"],
    "es": [r"volver arriba", r"ir arriba", r"subir", r"volver al inicio"],
    "pt": [r"voltar ao topo", r"ir para o topo", r"topo(?: da página)?"],
    "it": [r"torna (?:su|in alto|all'inizio(?: della pagina)?)", r"(?:torna |vai )?a inizio pagina", r"inizio pagina"],
    "nl": [r"terug naar (?:boven|de top|het begin)", r"naar boven"],
    "ru": [r"наверх", r"вверх", r"(?:в|к) начал[оу] страницы"],
    "bg": [r"(?:обратно )?нагоре", r"(?:обратно )?(?:към|в) началото(?: на страницата)?"],
    "hr": [r"(?:natrag |nazad |povratak )?na vrh(?: stranice)?", r"vrh stranice"],
    "sr": [r"(?:назад |повратак )?на врх(?: странице)?"],
    "th": [r"(?:กลับ(?:ไป|สู่)?|ขึ้นไป|ไป)ด้านบน(?:สุด)?", r"บนสุด"],
    "ms": [r"kembali ke (?:atas|bahagian atas)", r"ke atas"],
    "pl": [r"do góry", r"na górę", r"(?:powrót|wróć) na górę(?: strony)?", r"przewiń do góry"],
    "tr": [r"(?:sayfa )?başına dön", r"başa dön", r"yukarı (?:çık|git)"],
    "sv": [r"(?:tillbaka )?till toppen", r"till sidans (?:topp|början)", r"upp"],
    "vi": [r"(?:lên|về|trở (?:lại|về)) đầu trang", r"lên trên(?: cùng)?"],
    "id": [r"kembali ke (?:atas|awal halaman)", r"ke atas"],
    "cs": [r"(?:zpět )?nahoru", r"(?:zpět )?na začátek(?: stránky)?"],
    "uk": [r"нагору", r"вгору", r"догори", r"на початок сторінки"],
    "ro": [r"înapoi sus", r"(?:înapoi )?la începutul paginii"],
    "hu": [r"vissza (?:az oldal )?(?:a )?tetejére", r"(?:ugrás )?az oldal tetejére"],
    "ja": [r"(?:ページ(?:の)?)?(?:トップ|先頭|上部)(?:へ|に)(?:戻る)?", r"上へ戻る"],
    "zh": [r"(?:返回|回到)[顶頂]部"],
    "ko": [r"맨 ?위로(?: ?가기)?", r"위로(?: ?가기)?", r"top ?으로"],
    "ar": spellings([r"(?:ال)?(?:عودة|رجوع) (?:إلى الأعلى|للأعلى|لأعلى الصفحة|إلى أعلى الصفحة)", r"إلى الأعلى", r"للأعلى", r"أعلى الصفحة"]),
    "fa": spellings([r"(?:بازگشت|برگشت|رفتن|برو) به (?:بالا|بالای صفحه|ابتدای صفحه)", r"بالای صفحه"]),
    "he": [r"(?:חזרה|חזור|חזרו) (?:למעלה|לראש (?:ה)?עמוד|לראש הדף)", r"לראש (?:ה)?(?:עמוד|דף)", r"למעלה"],
    "el": spellings([r"(?:επιστροφή|πίσω|μετάβαση|πήγαινε) (?:στην|προς την) (?:κορυφή|αρχή)(?: της σελίδας)?", r"στην κορυφή",
                     r"αρχή (?:της )?σελίδας"]),
    "hi": spellings([r"(?:वापस )?(?:ऊपर|शीर्ष पर|टॉप पर)(?: जाएं)?", r"(?:पेज|पृष्ठ) के (?:ऊपर|शीर्ष पर)(?: जाएं)?"]),
    "da": [r"(?:tilbage |gå )?til (?:toppen|top)(?: af siden)?", r"til sidens top", r"op"],
    "fi": [r"(?:takaisin )?(?:sivun )?alkuun", r"(?:takaisin )?ylös", r"sivun yläosaan"],
    "no": [r"(?:tilbake |gå )?til toppen(?: av sid(?:en|a))?"],
    "sk": [r"(?:späť )?hore", r"(?:späť )?na začiatok(?: stránky)?", r"na vrch stránky"],
    "ca": [r"(?:torna|tornar) (?:a dalt|amunt|a l'inici)", r"amunt", r"inici de (?:la )?pàgina"],
}  # fmt: skip
_LABELS = {
    "en": [r"menu", r"main menu", r"search", r"close", r"open menu", r"close menu", r"toggle navigation",
           r"rss(?: feeds?)?", r"feed", r"flux rss", r"atom feed",
           r"navigation", r"home", r"go", r"submit", r"search for", r"open search", r"expand", r"collapse",
           r"text size", r"font size", r"(?:order )?reprints(?: (?:&|and) permissions)?", r"listen to (?:this )?article",
           r"an error (?:has )?occurred(?:,? please try again(?: later)?)?",
           r"\d+ min(?:ute)?s? read", r"reading time:? \d+ min(?:ute)?s?",
           # expand and collapse toggles ("[... more]", "Show less")
           r"(?:show|see|view|read) less", r"show (?:more|all)", r"more", r"less",
           # app prompts, a way home, a relative time stamp ("Updated 3 hours ago")
           r"(?:click here to )?(?:get|download) (?:the|our) (?:free )?(?:[\w'’]+ ){0,3}app",
           r"back to (?:home|(?:the )?homepage|news|blog|overview|(?:all )?(?:posts|articles|stories)|(?:the )?gallery)",
           # media controls and page tools
           r"(?:show|hide|toggle) caption", r"caption", r"enlarge (?:this )?image", r"open (?:image in )?gallery",
           r"view (?:the )?(?:full )?gallery", r"(?:watch|play|pause|close) (?:the )?video", r"video", r"listen",
           r"a(?: a){1,2}", r"loading(?: comments)?", r"(?:gift|give|share) this article", r"ad feedback",
           r"report an? (?:error|correction|typo|mistake)",
           r"(?:updated|published|posted) (?:\d+|an?|one) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
           # an update's time without its date ("Updated at 1:23 p.m."), a video's end screen
           r"(?:updated|last updated|posted|published):?(?: at)?(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},?)?"
           r" \d{1,2}[:.]\d{2} ?(?:[ap]\.? ?m\.?)?(?: [a-z]{2,4})?",
           r"request reprints?(?: (?:&|and) licensing)?", r"(?:or )?submit (?:a )?correction", r"(?:or )?view editorial guidelines",
           r"thanks for watching", r"visit (?:our )?website"],
    "de": [r"menü", r"hauptmenü", r"suche", r"suchen", r"schließen", r"menü öffnen", r"navigation",
           r"startseite", r"start", r"schriftgröße", r"artikel anhören", r"vorlesen",
           r"ein fehler ist aufgetreten(?:,? bitte versuchen sie es später (?:noch einmal|erneut))?",
           r"(?:lesezeit|lesedauer):? (?:ca\. )?\d+ min(?:\.|uten?)?", r"\d+ min(?:\.|uten?)? lesezeit",
           r"weniger(?: anzeigen)?", r"mehr", r"artikel vorlesen", r"bildunterschrift (?:anzeigen|ausblenden)",
           r"video(?: abspielen)?", r"(?:wird )?geladen", r"bild vergrößern", r"zur (?:bilder)?galerie", r"fehler melden",
           r"artikel verschenken",
           r"(?:jetzt )?(?:die |unsere )?app (?:herunterladen|laden|installieren)", r"zur startseite",
           r"(?:aktualisiert )?vor \d+ (?:minuten|stunden|tagen)"],
    "fr": [r"rechercher", r"recherche", r"fermer", r"ouvrir le menu", r"accueil", r"taille du texte",
           r"écouter (?:cet )?article", r"une erreur (?:s'est produite|est survenue)(?:,? veuillez réessayer(?: plus tard)?)?",
           r"temps de lecture ?:? \d+ min(?:utes?)?", r"\d+ min(?:utes?)? de lecture",
           r"(?:voir|afficher) moins", r"afficher plus", r"plus", r"moins", r"(?:afficher|masquer) la légende",
           r"(?:lire la )?vidéo", r"chargement(?: en cours)?", r"agrandir l'image", r"voir (?:la )?galerie",
           r"signaler une erreur", r"offrir cet article",
           r"télécharger (?:l'|notre )app(?:lication)?", r"retour à l'accueil",
           r"(?:mis à jour )?il y a \d+ (?:minutes?|heures?|jours?)"],
    "es": [r"menú", r"buscar", r"búsqueda", r"cerrar", r"abrir menú", r"inicio", r"tamaño (?:del texto|de (?:la )?letra)",
           r"escuchar (?:este )?artículo", r"(?:se ha producido|ha ocurrido|ocurrió) un error(?:,? (?:por favor,? )?"
           r"(?:inténtelo|inténtalo|vuelva a intentarlo) (?:de nuevo )?más tarde)?",
           r"tiempo de lectura:? \d+ min(?:utos?)?", r"\d+ min(?:utos?)? de lectura",
           r"(?:ver|mostrar) menos", r"mostrar más", r"más", r"menos", r"escuchar (?:la )?noticia",
           r"(?:mostrar|ocultar) pie de foto", r"(?:reproducir )?v[ií]deo", r"cargando", r"ampliar (?:la )?imagen",
           r"ver (?:la )?galería", r"(?:reportar|informar de|notificar) un error", r"regala este artículo",
           r"descarga(?:r)? (?:la |nuestra )?app(?:licación)?", r"volver a (?:la )?portada",
           r"(?:actualizado )?hace \d+ (?:minutos?|horas?|días?)"],
    "pt": [r"pesquisar", r"buscar", r"fechar", r"abrir menu", r"início", r"página inicial",
           r"tamanho (?:do texto|da (?:letra|fonte))", r"ouvir (?:este )?artigo",
           r"ocorreu um erro(?:,? (?:por favor,? )?tente (?:novamente|de novo)(?: mais tarde)?)?",
           r"tempo de leitura:? (?:\d+|um) min(?:utos?)?", r"\d+ min(?:utos?)? de leitura",
           r"(?:ver|mostrar) menos", r"mostrar mais", r"mais", r"menos", r"ouvir (?:a )?notícia",
           r"baix(?:e|ar) o (?:nosso )?(?:aplicativo|app)", r"voltar (?:para|à) (?:a )?página inicial",
           r"(?:atualizado )?há \d+ (?:minutos?|horas?|dias?)"],
    "it": [r"cerca", r"chiudi", r"apri (?:il )?menu", r"menu principale", r"navigazione", r"dimensione (?:del )?testo",
           r"ascolta (?:l'|questo )?articolo", r"si è verificato un errore(?:,? (?:si prega di )?riprova(?:re)?(?: più tardi)?)?",
           r"tempo di lettura:? \d+ min(?:uti|uto)?", r"\d+ min(?:uti|uto)? di lettura",
           r"mostra meno", r"(?:di )?più", r"meno", r"scarica (?:l'|la nostra )app",
           r"torna alla (?:home(?:page)?|pagina iniziale)", r"(?:aggiornato )?\d+ (?:minuti|ore|giorni) fa"],
    "nl": [r"zoeken", r"zoek", r"sluiten", r"menu openen", r"hoofdmenu", r"navigatie", r"tekstgrootte", r"lettergrootte",
           r"(?:artikel beluisteren|luister naar (?:dit )?artikel)",
           r"er is (?:iets misgegaan|een fout opgetreden)(?:,? probeer het (?:later )?opnieuw)?",
           r"leestijd:? \d+ min(?:uten|uut)?", r"\d+ min(?:uten|uut)? leestijd",
           r"(?:toon|bekijk) minder", r"toon meer", r"meer", r"minder", r"lees voor",
           r"download (?:de|onze) app", r"terug naar (?:de )?(?:home(?:page)?|voorpagina)",
           r"(?:bijgewerkt )?\d+ (?:minuten|uur|dagen) geleden"],
    "ru": [r"меню", r"поиск", r"найти", r"закрыть", r"главная(?: страница)?", r"размер (?:шрифта|текста)",
           r"(?:время (?:чтения|прочтения)):? (?:≈ ?|~ ?)?\d+ мин(?:\.|ут[аы]?)?", r"\d+ мин(?:\.|ут[аы]?)? (?:чтения|на чтение)",
           r"произошла ошибка(?:,? (?:пожалуйста,? )?попробуйте (?:ещё раз|еще раз|снова|позже)(?: позже)?)?",
           r"(?:слушать|прослушать) (?:статью|материал)"],
    "bg": [r"меню", r"търсене", r"търси", r"затвори", r"начало", r"начална страница", r"размер на (?:шрифта|текста)",
           r"време за (?:четене|прочитане):? \d+ мин(?:\.|ути)?", r"\d+ мин(?:\.|ути)? (?:четене|за четене)", r"покажи по-малко",
           r"(?:възникна|появи се) грешка(?:,? (?:моля,? )?опитайте (?:отново|по-късно))?", r"(?:чуйте|слушай(?:те)?) статията"],
    "hr": [r"izbornik", r"meni", r"pretraga", r"pretraži(?:vanje)?", r"traži", r"zatvori", r"naslovnica", r"početna(?: stranica| strana)?",
           r"veličina (?:slova|teksta|fonta)", r"(?:vrijeme|vreme) čitanja:? \d+ min(?:\.|uta?)?", r"\d+ min(?:\.|uta?)? čitanja",
           r"(?:prikaži|pokaži) manje", r"došlo je do greške(?:,? (?:molimo,? )?pokušajte (?:ponovno|ponovo)(?: kasnije)?)?",
           r"poslušaj(?:te)? (?:članak|vijest|vest)"],
    "sr": [r"мени", r"претрага", r"претражи", r"затвори", r"насловна(?: страна)?", r"почетна(?: страна| страница)?", r"величина (?:слова|текста|фонта)",
           r"време читања:? \d+ мин(?:\.|ута?)?", r"\d+ мин(?:\.|ута?)? читања", r"прикажи мање", r"дошло је до грешке(?:,? покушајте поново(?: касније)?)?",
           r"послушај(?:те)? (?:чланак|вест)"],
    "th": [r"เมนู(?:หลัก)?", r"ค้นหา", r"ปิด", r"หน้าแรก", r"หน้าหลัก", r"ขนาด(?:ตัวอักษร|ตัวหนังสือ|ข้อความ)",
           r"(?:เวลา(?:ใน)?การ)?อ่าน ?\d+ ?นาที", r"แสดง(?:ให้)?น้อยลง", r"เกิดข้อผิดพลาด(?:\s?(?:กรุณา|โปรด)ลองใหม่(?:อีกครั้ง)?)?", r"ฟัง(?:บทความ|ข่าว)(?:นี้)?"],
    "ms": [r"cari(?:an)?", r"tutup", r"laman utama", r"utama", r"saiz (?:fon|teks|tulisan)", r"(?:masa|tempoh) membaca:? \d+ minit",
           r"\d+ minit (?:membaca|bacaan)", r"tunjuk(?:kan)? (?:kurang|lagi)", r"ralat telah berlaku(?:,? sila cuba lagi(?: nanti)?)?",
           r"dengar(?: artikel(?: ini)?)?"],
    "pl": [r"szukaj", r"wyszukaj", r"zamknij", r"strona główna", r"rozmiar (?:tekstu|czcionki)",
           r"czas czytania:? (?:ok\. )?\d+ min(?:\.|ut[ay]?)?", r"\d+ min(?:\.|ut[ay]?)? czytania",
           r"wystąpił błąd(?:,? spróbuj (?:ponownie|jeszcze raz)(?: później)?)?", r"(?:posłuchaj|odsłuchaj) artykułu"],
    "tr": [r"ara", r"arama", r"kapat", r"ana ?sayfa", r"yazı boyutu", r"okuma süresi:? \d+ (?:dk|dakika)",
           r"\d+ (?:dk|dakika)(?:lık)? okuma(?: süresi)?", r"bir hata oluştu(?:,? lütfen (?:daha sonra )?tekrar deneyin)?",
           r"haberi dinle"],
    "sv": [r"meny", r"sök", r"stäng", r"startsida", r"textstorlek", r"lästid:? \d+ min(?:uter)?", r"\d+ min(?:uters)? läsning",
           r"något gick fel(?:,? försök igen(?: senare)?)?", r"lyssna på artikeln"],
    "vi": [r"tìm kiếm", r"đóng", r"trang chủ", r"mở menu", r"cỡ chữ", r"nghe (?:bài viết|đọc bài(?: viết)?)",
           r"đã (?:xảy ra|có) lỗi(?:,? vui lòng thử lại(?: sau)?)?", r"thời gian đọc:? \d+ phút", r"\d+ phút đọc",
           r"thu gọn", r"ẩn bớt"],
    "id": [r"cari", r"pencarian", r"tutup", r"beranda", r"buka menu", r"ukuran (?:huruf|teks|font)", r"dengarkan(?: artikel(?: ini)?)?",
           r"(?:terjadi|telah terjadi) (?:kesalahan|galat)(?:,? (?:silakan )?coba lagi(?: nanti)?)?",
           r"(?:waktu|durasi) baca:? \d+ menit", r"\d+ menit (?:membaca|baca|waktu baca)",
           r"tampilkan (?:lebih sedikit|lebih banyak)", r"lebih sedikit"],
    "cs": [r"hledat", r"vyhledávání", r"zavřít", r"domů", r"úvodní stránka", r"hlavní stránka", r"otevřít menu", r"nabídka",
           r"velikost (?:písma|textu)", r"poslechnout(?: si)? článek", r"(?:doba|čas) čtení:? \d+ min(?:ut[ay]?|\.)?",
           r"\d+ min(?:ut[ay]?|\.)? čtení", r"došlo k chybě(?:,? zkuste to (?:prosím )?(?:znovu|později)(?: později)?)?",
           r"(?:zobrazit|zobraz) méně", r"méně"],
    "uk": [r"меню", r"пошук", r"знайти", r"закрити", r"головна(?: сторінка)?", r"розмір (?:шрифту|тексту)",
           r"час (?:читання|прочитання):? (?:≈ ?|~ ?)?\d+ хв(?:\.|илин[аи]?)?", r"\d+ хв(?:\.|илин[аи]?)? (?:читання|на читання)",
           r"сталася помилка(?:,? (?:будь ласка,? )?спробуйте (?:ще раз|знову|пізніше)(?: пізніше)?)?",
           r"(?:слухати|прослухати) (?:статтю|матеріал)"],
    "ro": [r"meniu", r"caută", r"căutare", r"închide", r"acasă", r"pagina principală", r"mărime (?:text|font)",
           r"ascultă (?:articolul|[șş]tirea)", r"timp (?:estimat )?de (?:citire|lectură):? \d+ min(?:ute|ut)?",
           r"\d+ min(?:ute)? (?:de citit|de lectură|citire)",
           r"a apărut o eroare(?:,? (?:te rugăm |vă rugăm )?(?:să )?(?:încearcă|încerca[țţ]i|reîncearcă) (?:din nou|mai târziu))?",
           r"(?:arată|afi[șş]ează) mai pu[țţ]in", r"mai pu[țţ]in", r"mai mult"],
    "hu": [r"keresés", r"kereső", r"bezár(?:ás)?", r"főoldal", r"kezdőlap", r"menü megnyitása", r"betűméret", r"cikk meghallgatása",
           r"olvasási idő:? \d+ perc", r"\d+ perc(?:es)? olvasás(?:i idő)?",
           r"hiba történt(?:,? (?:kérjük,? )?próbálja (?:újra|meg újra)(?: később)?)?", r"(?:mutass )?kevesebbet", r"kevesebb"],
    "ja": [r"メニュー", r"検索", r"閉じる", r"ホーム", r"トップ(?:ページ)?", r"文字サイズ(?:変更)?", r"エラーが発生しました"],
    "zh": [r"菜[单單]", r"搜索", r"搜尋", r"[关關]閉", r"[关關]闭", r"首[页頁]", r"字[号號]", r"字体大小", r"[发發]生[错錯][误誤]"],
    "ko": [r"(?:전체 ?)?메뉴", r"검색", r"닫기", r"홈", r"글자 ?크기", r"글씨 ?크기", r"오류가 발생했습니다"],
    "ar": spellings([r"(?:ال)?قائمة(?: الرئيسية)?", r"(?:ال)?بحث", r"ابحث", r"إغلاق", r"(?:ال)?رئيسية", r"الصفحة الرئيسية",
                     r"حجم (?:الخط|النص)", r"استمع (?:إلى |ل)(?:ال)?(?:مقال|خبر)",
                     r"حدث خطأ(?: ما)?(?:،? (?:يرجى|الرجاء) (?:المحاولة|إعادة المحاولة)(?: مرة أخرى)?(?: لاحق(?:اً|ًا|ا))?)?",
                     r"(?:وقت|مدة) القراءة:? \d+ (?:دقائق|دقيقة|د)", r"\d+ (?:دقائق|دقيقة|د) (?:للقراءة|قراءة)",
                     r"عرض (?:المزيد|أقل)"]),
    "fa": spellings([r"منو(?:ی اصلی)?", r"جست(?:‌و‌| و |و)?جو(?: کنید)?", r"بستن", r"خانه", r"صفحه(?:‌ی)? اصلی", r"اندازه (?:متن|فونت|قلم)",
                     r"زمان (?:مطالعه|خواندن):? \d+ دقیقه", r"\d+ دقیقه (?:مطالعه|خواندن)",
                     r"خطایی رخ داد(?:،? لطفا(?:ً)? (?:دوباره|مجدد(?:ا|اً)?) (?:تلاش|امتحان) کنید)?", r"نمایش (?:بیشتر|کمتر)"]),
    "he": [r"תפריט(?: ראשי)?", r"חיפוש", r"חפש", r"סגור", r"סגירה", r"דף הבית", r"ראשי", r"גודל (?:טקסט|גופן|כתב)",
           r"(?:האזינו|האזן|האזנה) ל(?:כתבה|מאמר)", r"א(?:י)?רעה שגיאה(?:,? (?:אנא )?נס(?:ו|ה) (?:שוב|מחדש)(?: מאוחר יותר)?)?",
           r"זמן קריאה:? (?:כ-?)?\d+ (?:דקות|דק'|דקה)", r"\d+ (?:דקות|דק') קריאה", r"הצג (?:עוד|פחות)"],
    "el": spellings([r"μενού", r"κεντρικό μενού", r"αναζήτηση", r"κλείσιμο", r"αρχική(?: σελίδα)?", r"μέγεθος (?:γραμματοσειράς|κειμένου|γραμμάτων)",
                     r"(?:ακούστε|άκουσε) το άρθρο", r"(?:παρουσιάστηκε|προέκυψε) (?:ένα )?σφάλμα(?:,? (?:παρακαλώ )?δοκιμάστε (?:ξανά|πάλι)(?: αργότερα)?)?",
                     r"χρόνος ανάγνωσης:? \d+ (?:λεπτά|λεπτό|λ\.)", r"\d+(?: λεπτά| λεπτό|')(?: ανάγνωσης| ανάγνωση| διάβασμα)",
                     r"εμφάνιση (?:περισσότερων|λιγότερων)"]),
    "hi": spellings([r"मेनू", r"मेन्यू", r"खोजें", r"खोज", r"सर्च(?: करें)?", r"बंद करें", r"होम(?: पेज)?", r"मुख्य पृष्ठ",
                     r"(?:फ़ॉन्ट|टेक्स्ट) (?:साइज़|का आकार)", r"(?:लेख|खबर) सुनें",
                     r"(?:कुछ गलत हो गया|कोई त्रुटि हुई)(?:,? कृपया (?:बाद में )?(?:पुनः|फिर से) (?:प्रयास|कोशिश) करें)?",
                     r"पढ़ने का समय:? \d+ मिनट", r"\d+ मिनट (?:में )?पढ़ें", r"(?:कम|ज़्यादा) (?:दिखाएं|देखें)"]),
    "da": [r"hovedmenu", r"søg", r"søgning", r"luk", r"forside(?:n)?", r"tekststørrelse", r"skriftstørrelse", r"lyt til artiklen",
           r"der opstod en fejl(?:,? prøv (?:igen|venligst igen)(?: senere)?)?", r"læsetid:? (?:ca\. )?\d+ min(?:\.|utter)?",
           r"\d+ min(?:\.|utters)? læsning", r"vis (?:mere|mindre)", r"mere", r"mindre"],
    "fi": [r"valikko", r"päävalikko", r"haku", r"hae", r"sulje", r"avaa valikko", r"etusivu", r"tekstin koko", r"kuuntele (?:artikkeli|juttu)",
           r"tapahtui virhe(?:,? yritä (?:myöhemmin )?uudelleen(?: myöhemmin)?)?", r"lukuaika:? (?:n\. )?\d+ min(?:uuttia|\.)?",
           r"\d+ min(?:uutin|\.)? lukuaika", r"näytä (?:lisää|vähemmän)", r"vähemmän"],
    "no": [r"meny", r"hovedmeny", r"hovudmeny", r"søk", r"lukk", r"forside(?:n)?", r"tekststørrelse", r"skriftstørrelse",
           r"lytt til (?:artikkelen|saken)", r"det (?:oppstod|har oppstått|oppstod) (?:en|ein) feil(?:,? prøv (?:igjen|på nytt)(?: senere| seinare)?)?",
           r"lesetid:? (?:ca\. )?\d+ min(?:\.|utter)?", r"\d+ min(?:\.|utters)? lesing", r"vis (?:mer|meir|mindre)", r"mer", r"meir", r"mindre"],
    "sk": [r"hľadať", r"vyhľadávanie", r"zavrieť", r"domov", r"úvodná stránka", r"hlavná stránka", r"otvoriť menu", r"ponuka",
           r"veľkosť (?:písma|textu)", r"vypočuť(?: si)? článok", r"(?:doba|čas) čítania:? \d+ min(?:út[ay]?|\.)?",
           r"\d+ min(?:út[ay]?|\.)? čítania", r"nastala chyba(?:,? skúste to (?:prosím )?(?:znova|neskôr)(?: neskôr)?)?",
           r"(?:zobraziť|zobraz) (?:menej|viac)", r"menej"],
    "ca": [r"menú", r"cerca", r"cercar", r"tanca", r"tancar", r"obre el menú", r"inici", r"portada", r"mida del text",
           r"escolta (?:l'article|la notícia|aquest article)",
           r"s'ha produït un error(?:,? (?:si us plau,? )?torna-ho a (?:provar|intentar)(?: més tard)?)?",
           r"temps de lectura:? \d+ min(?:uts?)?", r"\d+ min(?:uts?)? de lectura", r"(?:veure|mostra(?:r)?) menys", r"mostra(?:r)? més",
           r"més", r"menys"],
}  # fmt: skip

# Breadcrumb: 2 to 7 short segments joined by an arrow-like separator.
# (Right-to-left sites point their trail leftwards: "الرئيسية ‹ أخبار".)
_CRUMB_SEPARATOR = re.compile(r"\s+(?:>|›|»|/|\\|→|::|\||<|‹|«|←)\s+|\s*(?:›|»|→|‹|«|←)\s*")
# Every separator above holds one of these characters.
_CRUMB_SEPARATOR_CHARS = re.compile(r"[>›»/\\→:|<‹«←]")
_HOME_WORDS = re.compile(r"^(?:home|homepage|start|startseite|accueil|inicio|portada|início|página inicial|pagina iniziale|startpagina|"
    r"الرئيسية|الصفحة الرئيسية|خانه|صفحه اصلی|דף הבית|ראשי|αρχικ[ήη](?: σελ[ίι]δα)?|होम|मुख्य पृष्ठ|forside|"
    r"voorpagina|главная|strona główna|ana ?sayfa|startsida|hem|trang chủ|beranda|domů|úvodní stránka|hlavní stránka|"
    r"головна|acasă|prima pagină|főoldal|kezdőlap|címlap|ホーム|トップ|首页|首頁|홈|"
    r"etusivu|hjem|domov|úvodná stránka|hlavná stránka|inici|начало|начална страница|naslovnica|"
    r"početna(?: stranica| strana)?|почетна(?: страна)?|насловна|หน้าแรก|หน้าหลัก|laman utama|utama)$", re.I)
MAX_CRUMB_SEGMENT_WORDS = 6


# "« Previous: Part 1 – A title" / "Étape suivante : ..." links to the neighbouring post.
_NEIGHBOUR_POST = re.compile(
    r"^[«‹<←]?\s*(?:previous|next|prev|older|newer|vorherige[rs]?|nächste[rs]?|zurück|weiter|"
    r"(?:étape|article|épisode|partie)? ?(?:précédente?|suivante?)|(?:etapa|entrada|artículo|parte)? ?"
    r"(?:anterior|siguiente)|(?:artigo|post|parte)? ?(?:anterior|seguinte)|próxim[oa]|"
    r"(?:articolo|post|parte)? ?(?:precedente|successiv[oa])|vorige?|volgende?|"
    r"(?:предыдущая|следующая)(?: статья| запись| новость)?|(?:poprzedni|następny)(?: artykuł| wpis)?|"
    r"(?:önceki|sonraki)(?: haber| yazı)?|(?:föregående|nästa)(?: artikel| inlägg)?|"
    r"(?:bài|tin) (?:trước|sau|tiếp theo)|(?:artikel|berita|pos|tulisan) (?:sebelumnya|selanjutnya|berikutnya)|"
    r"předchozí(?: článek| příspěvek)?|(?:další|následující) (?:článek|příspěvek)|(?:попередня|наступна)(?: стаття| новина)?|"
    r"(?:попередній|наступний)(?: запис| матеріал| пост)?|(?:articolul|postarea) (?:anterior(?:ă)?|următor(?:oare)?|precedent(?:ă)?)|"
    r"(?:előző|következő)(?: cikk| bejegyzés| hír)?|[上下]一篇|[前次]の記事|(?:이전|다음) ?글|"
    r"(?:이전|다음) 기사|(?:næste|forrige)(?: artikel| indlæg)?|(?:επ[όο]μενο|προηγο[ύυ]μενο)(?: [άα]ρθρο)?|"
    r"(?:ה)?(?:כתבה|ידיעה) (?:ה)?(?:באה|קודמת)|(?:المقال|الخبر) (?:التالي|السابق)|(?:مطلب|خبر|نوشته) (?:بعدی|قبلی)|"
    r"(?:अगला|पिछला) (?:लेख|पोस्ट)|(?:अगली|पिछली) (?:खबर|पोस्ट))(?:\s+(?:post|article|story|part|"
    r"entry|episode|beitrag|artikel|teil|étape|article|etapa|entrada|artículo|artigo|parte|articolo|bericht|deel))?"
    r"\s*[:：]\s*\S",
    re.I,
)
MAX_NEIGHBOUR_POST_WORDS = 16


_MENU_SEPARATOR = re.compile(r"\s{3,}|\s+[|•·]\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
MAX_LINK_MENU_WORDS = 4


def _menu(block: Block, page: Page) -> str | None:
    f = block.features
    if f.sentences:
        return None
    raw = block.text.strip()
    # A table's header row ("Pos  Player  Plays  %") is set out like a menu line.
    if _MENU_SEPARATOR.search(raw) and block.index not in page.computed(text_table_lines):
        items = [i for i in _MENU_SEPARATOR.split(raw) if i.strip()]
        if len(items) >= MIN_MENU_ITEMS and all(_menu_item(i) for i in items):
            return f"menu line of {len(items)} short items"
    run = page.computed(_short_link_runs)[block.index]
    if run >= MIN_MENU_ITEMS:
        return f"one of {run} bare short links in a row"
    return None


def _menu_item(item: str) -> bool:
    """One to three words, no digits (a byline's "6 min read" or a date is not a section)."""
    item = item.strip()
    return len(item.split()) <= MAX_MENU_ITEM_WORDS and not re.search(r"\d|[.,:;]$", item)


def _is_short_link(block: Block) -> bool:
    f = block.features
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and f.links == 1
        and f.link_density >= 0.9
        and 0 < f.words <= MAX_LINK_MENU_WORDS
    )


def _short_link_runs(blocks: list[Block]) -> list[int]:
    """For each block, the length of the run of bare short links it stands in (0: not one)."""
    runs = [0] * len(blocks)
    start = 0
    for i in range(len(blocks) + 1):
        if i < len(blocks) and _is_short_link(blocks[i]):
            continue
        for j in range(start, i):
            runs[j] = i - start
        start = i + 1
    return runs


MAX_CRUMB_WORDS = 25
# Menus and breadcrumbs are lines of text or list items, never headings or tables.
_PARAGRAPH_OR_ITEM = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
MAX_PERMALINK_WORDS = 40  # a URL's words: its path segments


def _breadcrumb(block: Block, page: Page) -> str | None:
    if not _CRUMB_SEPARATOR_CHARS.search(block.features.visible):
        return _unseparated_breadcrumb(block, page)
    segments = [s.strip() for s in _CRUMB_SEPARATOR.split(block.features.visible) if s.strip()]
    if not 2 <= len(segments) <= 8:
        return None
    if any(len(s.split()) > MAX_CRUMB_SEGMENT_WORDS for s in segments[:-1]):
        return None
    if _HOME_WORDS.match(normalized(segments[0])):
        return f"breadcrumb trail starting at '{segments[0]}' ({len(segments)} steps)"
    return None


# A copied trail can lose its separators ("Home News Business News <headline>"):
# it is still one when it opens with the home page and ends with the page's own
# title, after at most this many words of sections.
MAX_UNSEPARATED_CRUMB_WORDS = 8


def _unseparated_breadcrumb(block: Block, page: Page) -> str | None:
    title = page.metadata.get("title")
    if not isinstance(title, str) or len(title.split()) < MIN_CRUMB_TITLE_WORDS:
        return None
    text, title_text = block.features.normalized, _normalized_title(title)
    if len(text) <= len(title_text) or not text.endswith(title_text):
        return None
    sections = text[: -len(title_text)].split()
    home = next((n for n in range(1, 4) if _HOME_WORDS.match(" ".join(sections[:n]))), None)
    # Section names carry no punctuation; a sentence that ends with the title does.
    if len(sections) > MAX_UNSEPARATED_CRUMB_WORDS or home is None or _CLAUSE_MARK.search(" ".join(sections)):
        return None
    return f"breadcrumb trail from '{sections[0]}' to the page's title"


# Asked of every block of a page, about one title.
_normalized_title = functools.lru_cache(maxsize=64)(normalized)

# A title this short could end a sentence as well as a trail.
MIN_CRUMB_TITLE_WORDS = 4
_CLAUSE_MARK = re.compile(r"[,.;:!?]")


def _permalink(block: Block, page: Page) -> str | None:
    url = page.metadata.get("url")
    text = block.features.visible.strip()
    if not isinstance(url, str) or " " in text or not text.startswith(("http://", "https://", "www.")):
        return None
    return "the page's own address" if _address(text) == _address(url) else None


def _address(url: str) -> str:
    """A URL without its scheme, "www.", query, fragment and final slash."""
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower())
    return re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")


# A player's own sentences and timers, which no article writes: each of them
# marks its block (and the labels around it) as the player. Labels of video.js
# and JW Player, in their English, German, French and Spanish translations.
_PLAYER_TEXT = {
    "en": [r"video player is loading", r"this is a modal window", r"end of dialog window", r"close modal dialog",
           r"beginning of dialog window\.? escape will cancel and close the window",
           r"reset restore all settings to the default values(?: ?done)?", r"stream type live",
           r"current time \d+:\d+", r"remaining time -?\d+:\d+", r"loaded ?: ?\d+(?:\.\d+)?%?", r"progress ?: ?\d+(?:\.\d+)?%?",
           r"seek to live,? currently (?:playing|behind) live(?: ?live)?",
           r"(?:captions|subtitles|captions and subtitles|descriptions) off,? selected",
           r"captions settings,? opens captions settings dialog",
           r"press shift question mark to access a list of keyboard shortcuts"],
    "de": [r"dies ist ein modales fenster", r"ende des dialogfensters", r"modalen dialog schließen",
           r"anfang des dialogfensters\.? esc bricht ab und schließt das fenster", r"video-?player wird geladen",
           r"aktueller zeitpunkt \d+:\d+", r"verbleibende zeit -?\d+:\d+", r"untertitel aus,? ausgewählt"],
    "fr": [r"ceci est une fenêtre modale", r"fin de la fenêtre de dialogue", r"fermer la boîte de dialogue modale",
           r"début de la fenêtre de dialogue\.? la touche d'échappement annule et ferme la fenêtre",
           r"chargement du lecteur vidéo", r"temps actuel \d+:\d+", r"temps restant -?\d+:\d+",
           r"sous-titres désactivés,? sélectionné"],
    "es": [r"esta es una ventana modal", r"fin de la ventana de diálogo", r"cerrar ventana modal",
           r"comienzo de la ventana de diálogo\.? la tecla de escape cancelará y cerrará la ventana",
           r"cargando (?:el )?reproductor de v[ií]deo", r"tiempo reproducido \d+:\d+", r"tiempo restante -?\d+:\d+",
           r"subtítulos desactivados,? seleccionado"],
}  # fmt: skip
# Labels that are the player's only next to its own text ("Chapters" is also a heading).
_PLAYER_LABELS = {
    "en": [r"play(?: ?next)?(?: playlist item)?", r"play video", r"pause", r"mute", r"unmute", r"(?:non-|exit )?fullscreen",
           r"picture-in-picture", r"chapters", r"descriptions", r"subtitles", r"captions", r"audio track", r"playback rate",
           r"\d(?:\.\d+)?x", r"duration \d+:\d+", r"live", r"keyboard shortcuts", r"enabled disabled",
           r"play/pause space", r"(?:increase|decrease) volume", r"seek (?:forward|backward)", r"captions on/off(?: c)?",
           r"fullscreen/exit fullscreen(?: f)?", r"mute/unmute(?: m)?", r"seek %0-9", r"volume \d+%?",
           # the caption settings' options, run together: "TextColorWhiteBlackRed...", "Font Size50%75%..."
           r"text ?colou?r ?white ?black.*", r"font size ?\d+%.*"],
    "de": [r"wiedergabe", r"ton (?:aus|ein)", r"vollbild", r"kein vollbild", r"kapitel", r"untertitel", r"tonspur",
           r"wiedergabegeschwindigkeit", r"dauer \d+:\d+"],
    "fr": [r"lecture", r"sourdine", r"son activé", r"plein écran", r"fenêtré", r"chapitres", r"sous-titres", r"piste audio",
           r"vitesse de lecture", r"durée \d+:\d+"],
    "es": [r"reproducción", r"pausa", r"silenciar", r"no silenciado", r"pantalla completa", r"pantalla no completa",
           r"capítulos", r"subtítulos", r"pista de audio", r"velocidad de reproducción", r"duración total \d+:\d+"],
}  # fmt: skip
_PLAYER_TEXT_MATCH = PhraseMatchers(_PLAYER_TEXT, "whole")
_PLAYER_LABEL_MATCH = PhraseMatchers(_PLAYER_LABELS, "whole")
_PLAYER_ANY_MATCH = PhraseMatchers(
    {lang: [*_PLAYER_TEXT.get(lang, []), *_PLAYER_LABELS.get(lang, [])] for lang in {*_PLAYER_TEXT, *_PLAYER_LABELS}}, "whole"
)
# A player's labels stand one to a block; a label belongs to the player when
# at most this many blocks stand between it and the player's text or its other labels.
MAX_PLAYER_GAP = 3
MAX_PLAYER_WORDS = 30


def _player_blocks(blocks: list[Block]) -> frozenset[int]:
    """Runs of player text and labels, each no further than MAX_PLAYER_GAP from the next, holding some player text."""
    sure = _PLAYER_TEXT_MATCH.for_language(None)
    label = _PLAYER_LABEL_MATCH.for_language(None)
    found: list[tuple[int, bool]] = []
    for block in blocks:
        text = block.features.normalized
        if text and block.features.words <= MAX_PLAYER_WORDS:
            if sure.search(text):
                found.append((block.index, True))
            elif label.search(text):
                found.append((block.index, False))
    player: set[int] = set()
    run: list[tuple[int, bool]] = []
    for index, is_sure in [*found, (len(blocks) + MAX_PLAYER_GAP + 1, False)]:
        if run and index - run[-1][0] > MAX_PLAYER_GAP + 1:
            if any(sure_one for _, sure_one in run):
                player.update(i for i, _ in run)
            run = []
        run.append((index, is_sure))
    return frozenset(player)


def _media_player(block: Block, page: Page) -> str | None:
    text = block.features.normalized
    # One search of the text and the labels together passes most blocks by.
    if not _PLAYER_ANY_MATCH.for_language(page.language).search(text):
        return None
    if _PLAYER_TEXT_MATCH.for_language(page.language).search(text):
        return f"video player text '{block.features.visible[:40]}'"
    if _PLAYER_LABEL_MATCH.for_language(page.language).search(text) and block.index in page.computed(_player_blocks):
        return f"video player label '{block.features.visible[:40]}' beside the player's text"
    return None


RULES = (
    phrase_rule(SKIP_LINK, _SKIP, mode="whole", max_words=16),
    BlockRule(PERMALINK, _permalink, _PARAGRAPH_OR_ITEM, MAX_PERMALINK_WORDS),
    BlockRule(MEDIA_PLAYER, _media_player, _PARAGRAPH_OR_ITEM, MAX_PLAYER_WORDS),
    BlockRule(BREADCRUMB, _breadcrumb, _PARAGRAPH_OR_ITEM, MAX_CRUMB_WORDS),
    phrase_rule(PAGINATION, _PAGER, mode="whole", max_words=16),
    phrase_rule(GALLERY_COUNTER, _GALLERY, mode="whole", max_words=6),
    pattern_rule(
        PAGINATION,
        _NEIGHBOUR_POST,
        what="link to a neighbouring post",
        kinds=(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM),
        max_words=MAX_NEIGHBOUR_POST_WORDS,
        max_sentences=1,
    ),
    phrase_rule(ACCOUNT, _ACCOUNT, mode="whole", max_words=8),
    phrase_rule(BACK_TO_TOP, _TOP, mode="whole", max_words=5),
    phrase_rule(UI_LABEL, _LABELS, mode="whole", max_words=12),
)
# Tried after every other family: a row of share buttons or legal links is also
# "short items between bars", and their own rules name them better.
FALLBACK_RULES = (BlockRule(MENU, _menu, _PARAGRAPH_OR_ITEM),)
