"""Cookie consent banners."""

from __future__ import annotations

from cmo_clean.rules.base import Rule, phrase_rule

BANNER = Rule(
    "CKE801",
    "cookies.banner",
    "Cookie consent text and buttons: 'We use cookies ...', 'Accept all', 'Wir verwenden Cookies'.",
    "The consent banner is a legal overlay of the live site, identical on every page.",
    ("We use cookies to improve your experience. Accept", "Alle akzeptieren", "Tout accepter",
     "Utilizamos cookies propias y de terceros"),
)

# Banner sentences: the block opens with them.
_SENTENCES = {
    "en": [r"(?:this (?:web)?site|we) uses? cookies", r"by (?:continuing to )?(?:using|browsing) (?:this|our) (?:web)?site",
           r"we value your privacy", r"we and our partners use cookies", r"cookies help us"],
    "de": [r"(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen|setzt|setzen)(?: \w+)? cookies",
           r"um unsere webseite für sie optimal zu gestalten"],
    "fr": [r"(?:ce site|nous) utilis(?:e|ons)(?: des)? cookies", r"en poursuivant votre navigation"],
    "es": [r"(?:este sitio(?: web)?|esta web|utilizamos|usamos)(?: utiliza| usa)? cookies",
           r"al continuar navegando"],
    "pt": [r"(?:este (?:site|sítio|website)|utilizamos|usamos)(?: utiliza| usa)? cookies", r"ao continuar (?:a navegar|navegando)"],
    "it": [r"(?:questo sito(?: web)?|utilizziamo|usiamo)(?: utilizza| usa)?(?: i)? cookies?",
           r"(?:proseguendo|continuando) (?:la |nella |a )?naviga(?:zione|re)"],
    "nl": [r"(?:deze (?:web)?site|wij|we) (?:gebruikt|gebruiken|maakt gebruik van|maken gebruik van)(?: \w+)? cookies",
           r"door (?:verder te gaan|gebruik te maken van) (?:op )?(?:deze|onze) (?:web)?site"],
    "ru": [r"(?:этот |наш )?сайт использует (?:файлы )?cookie", r"мы используем (?:файлы )?cookie",
           r"продолжая (?:использовать|пользоваться|просматривать) (?:наш )?сайт(?:ом)?"],
    "pl": [r"(?:ta |nasza )?(?:strona|witryna|serwis)(?: internetowa)? (?:używa|wykorzystuje|stosuje) (?:plików |pliki )?cookies?",
           r"(?:używamy|wykorzystujemy|stosujemy) (?:plików |pliki )?cookies?", r"korzystając z (?:naszej )?(?:strony|serwisu)"],
    "tr": [r"(?:bu (?:web ?)?site(?:si|de|mizde)?|web sitemizde|sitemizde)[\w ,.'’]{0,120}? çerez\w*",
           r"çerez(?:ler)? kullan(?:ıyoruz|maktayız|maktadır|ılmaktadır)"],
    "sv": [r"(?:den här|denna|vår) (?:webbplats(?:en)?|sajt(?:en)?|webbsida) använder (?:sig av )?(?:kakor|cookies)",
           r"vi använder (?:kakor|cookies)"],
    "vi": [r"(?:trang web|website|trang) (?:này |của chúng tôi )?sử dụng cookies?",
           r"chúng tôi sử dụng cookies?", r"(?:bằng cách )?tiếp tục (?:sử dụng|truy cập|duyệt) (?:trang web|website)"],
    "id": [r"(?:situs|situs web|website|laman) (?:ini |kami )?menggunakan cookies?", r"kami menggunakan cookies?",
           r"dengan (?:terus )?(?:menggunakan|mengakses|menjelajahi) (?:situs|situs web|website) (?:ini|kami)"],
    "cs": [r"(?:tento web|tyto (?:webové )?stránky|tato (?:webová )?stránka|náš web) (?:používá|používají|využívá|využívají)"
           r"[^.]{0,100}? cookies?", r"(?:používáme|využíváme) (?:soubory )?cookies?",
           r"pokračováním v (?:prohlížení|používání) (?:tohoto |našeho )?webu"],
    "uk": [r"(?:цей |наш )?сайт використовує (?:файли )?(?:cookies?|кукі)", r"ми використовуємо (?:файли )?(?:cookies?|кукі)",
           r"продовжуючи (?:використовувати|користуватися|переглядати) (?:наш |цей )?сайт(?:ом)?"],
    "ro": [r"(?:acest (?:site|website)|site-ul (?:nostru|acesta)|website-ul (?:nostru|acesta)) (?:folose[șş]te|utilizează) "
           r"(?:cookie-uri|cookies?|module cookie)", r"(?:folosim|utilizăm) (?:cookie-uri|cookies?|module cookie)",
           r"(?:prin )?continuarea navigării"],
    "hu": [r"(?:ez a |a )?(?:weboldal(?:unk)?|honlap(?:unk)?|webhely(?:ünk)?|oldal(?:unk)?) (?:sütiket|cookie-?kat) használ",
           r"(?:sütiket|cookie-?kat) használunk", r"a (?:weboldal|honlap) (?:további )?használatával"],
    "ja": [r"(?:当|本|この)(?:ウェブ)?サイト(?:では|は)[、,]?.{0,40}?(?:cookie|クッキー).*", r"(?:cookie|クッキー)(?:を|の)(?:使用|利用)について.*"],
    "zh": [r"(?:本网站|本網站|本站|我们|我們)(?:使用|利用|采用|採用)\s?(?:cookies?|小型文本文件).*"],
    # "이 웹사이트는 (더 나은 서비스를 위해) 쿠키를 사용합니다": the verb is needed, since "이 사이트는 쿠키 굽는 법을 ..." is prose.
    "ko": [r"(?:이 |본 )?(?:웹 ?)?사이트(?:는|에서는) (?:[^.]{0,40}? )?(?:쿠키|cookie)(?:를|을)? ?(?:사용|이용|활용|저장).*",
           r"(?:당사는|저희는) (?:쿠키|cookie)를 사용.*"],
}  # fmt: skip
# Banner buttons: the block is nothing but them.
_BUTTONS = {
    "en": [r"accept(?: all)?(?: cookies)?", r"reject all", r"decline", r"manage (?:cookies|preferences|consent)",
           r"cookie (?:settings|preferences|consent)", r"i agree", r"got it", r"allow (?:all|cookies)",
           r"necessary cookies only", r"ok"],
    "de": [r"alle akzeptieren", r"akzeptieren", r"ablehnen", r"alle ablehnen", r"cookie-einstellungen",
           r"einstellungen(?: verwalten)?", r"nur notwendige cookies", r"zustimmen", r"einverstanden"],
    "fr": [r"tout accepter", r"accepter(?: et fermer)?", r"tout refuser", r"refuser", r"paramétrer les cookies",
           r"gérer les cookies", r"j'accepte", r"personnaliser"],
    "es": [r"aceptar(?: todas| todo)?(?: las cookies)?", r"rechazar(?: todas)?", r"configurar cookies",
           r"configuración de cookies", r"acepto"],
    "pt": [r"aceitar(?: todos| tudo)?(?: os cookies)?", r"rejeitar(?: todos| tudo)?", r"recusar(?: todos)?",
           r"(?:configurar|gerir|gerenciar) cookies", r"(?:definições|configurações) de cookies", r"aceito", r"concordo"],
    "it": [r"accetta(?: tutti| tutto)?(?: i cookie)?", r"accetto", r"rifiuta(?: tutti| tutto)?", r"personalizza",
           r"gestisci (?:i )?cookie", r"impostazioni (?:dei )?cookie", r"solo (?:i )?cookie (?:tecnici|necessari)"],
    "nl": [r"(?:alle )?cookies accepteren", r"accepteren", r"alles accepteren", r"accepteer(?: alle)?(?: cookies)?",
           r"weigeren", r"alles weigeren", r"cookie-?instellingen", r"instellingen (?:aanpassen|beheren)",
           r"alleen noodzakelijke cookies", r"(?:ik ga )?akkoord"],
    "ru": [r"принять(?: все)?(?: cookie)?", r"(?:я )?согласен", r"отклонить(?: все)?", r"настройки (?:файлов )?cookie",
           r"принять и закрыть", r"понятно"],
    "pl": [r"(?:za)?akceptuj(?: wszystkie)?(?: cookies)?", r"akceptuję", r"zgadzam się", r"odrzuć(?: wszystkie)?",
           r"ustawienia (?:plików )?cookies?", r"rozumiem"],
    "tr": [r"(?:tümünü )?kabul et(?:iyorum)?", r"(?:tümünü )?reddet", r"çerez (?:ayarları|tercihleri)", r"anladım"],
    "sv": [r"(?:acceptera|godkänn|tillåt)(?: alla)?(?: cookies| kakor)?", r"(?:neka|avvisa)(?: alla)?(?: cookies| kakor)?",
           r"(?:inställningar för|hantera) (?:cookies|kakor)", r"cookie-?inställningar", r"jag förstår"],
    "vi": [r"(?:chấp nhận|đồng ý)(?: tất cả)?(?: cookies?)?", r"tôi đồng ý", r"từ chối(?: tất cả)?", r"cài đặt cookies?",
           r"(?:tùy|tuỳ) chỉnh(?: cookies?)?", r"đã hiểu"],
    "id": [r"(?:terima|setuju)(?: semua)?(?: cookies?)?", r"saya setuju", r"tolak(?: semua)?", r"(?:pengaturan|kelola|atur) cookies?",
           r"saya mengerti"],
    "cs": [r"(?:přijmout|povolit)(?: vše| všechny?)?(?: cookies?)?", r"souhlasím", r"odmítnout(?: vše| všechny?)?",
           r"(?:nastavení|správa|spravovat) (?:souborů )?cookies?", r"pouze nezbytné(?: cookies?)?", r"rozumím"],
    "uk": [r"(?:прийняти|приймаю)(?: все| всі| усі)?(?: (?:cookie|кукі))?", r"(?:я )?погоджуюсь", r"відхилити(?: все| всі| усі)?",
           r"налаштування (?:файлів )?(?:cookie|кукі)", r"зрозуміло"],
    "ro": [r"accept(?:ă|a[țţ]i)?(?: tot| toate)?(?: cookie-urile)?", r"sunt de acord", r"(?:refuz|respinge|respinge[țţ]i)(?: tot| toate)?",
           r"setări(?: pentru)? cookie(?:-uri)?", r"(?:gestionează|personalizează) (?:cookie-urile|setările)", r"am în[țţ]eles"],
    "hu": [r"elfogad(?:om|ás)?", r"(?:az )?összes(?: süti)? elfogadása", r"mindet elfogadom", r"elutasít(?:om|ás)?",
           r"(?:az )?összes elutasítása", r"(?:süti|cookie)[- ]?beállítások", r"csak a szükséges(?: sütik)?"],
    "ja": [r"同意(?:する|します|して閉じる)", r"(?:すべて|全て)(?:の(?:cookie|クッキー)を)?(?:受け入れる|許可(?:する)?|同意(?:する)?)",
           r"拒否(?:する)?", r"(?:cookie|クッキー)(?:の)?設定"],
    "zh": [r"(?:全部)?接受(?:全部|所有)?(?:cookies?)?", r"(?:我)?同意", r"拒[绝絕](?:全部)?", r"cookies?[设設]置"],
    "ko": [r"(?:모두 )?(?:동의|수락|허용)(?: ?하기| ?합니다)?", r"(?:모두 )?거부", r"쿠키 ?설정"],
}  # fmt: skip

RULES = (
    phrase_rule(BANNER, _SENTENCES, mode="start", max_words=160),
    phrase_rule(BANNER, _BUTTONS, mode="whole", max_words=8),
)
