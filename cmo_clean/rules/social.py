"""Social widgets: share bars, print buttons, counters, 'follow us'."""

from __future__ import annotations

import re

from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, Rule, phrase_rule, spellings

SHARE_BAR = Rule(
    "SOC301",
    "social.share_bar",
    "Share and print buttons: 'Share post', 'Share on LinkedIn', 'Teilen', 'Imprimer'.",
    "Share, print and e-mail buttons act on the live page; their labels carry no content.",
    ("Share post", "Share on Facebook | X | LinkedIn | Email", "Drucken", "Partager", "Compartir"),
    terminal=True,
)
COUNTER = Rule(
    "SOC302",
    "social.counter",
    "Engagement counters: '12 comments', '3.4K shares', '5 Kommentare', '1.234 vues', '阅读 1234', '조회수 1,234'.",
    "A number of likes or shares is a widget's state on the day of the clip, not article text.",
    ("12 comments", "3.4K shares", "5 Kommentare", "12 commentaires", "3 comentarios"),
)
FOLLOW = Rule(
    "SOC303",
    "social.follow_us",
    "'Follow us on ...', 'Folgen Sie uns', 'Suivez-nous', 'Síguenos'.",
    "An invitation to the site's social accounts is site furniture.",
    ("Follow us on Instagram", "Folgen Sie uns auf LinkedIn", "Suivez-nous", "Síguenos en X"),
    terminal=True,
)

_NETWORKS = (r"facebook|twitter|x|linkedin|xing|whatsapp|pinterest|reddit|tumblr|telegram|threads|"
             r"bluesky|mastodon|instagram|youtube|tiktok|flipboard|pocket|messenger|sms|e-?mail|mail|courriel|"
             r"correo(?: electrónico)?|"
             r"google\+?|vk|weibo|line|copy link|link kopieren|copier le lien|copiar enlace|copiar link|copia link|"
             r"link kopiëren|kopieer link|"
             r"zalo|viber|вайбер|фейсбук|"
             r"вконтакте|одноклассники|телеграм|kakao(?:talk|story)?|카카오톡|카카오스토리|페이스북|트위터|"
             r"네이버(?: ?밴드| ?블로그)?|밴드|라인|微信|微博|朋友圈|qq(?:空间)?|はてな(?:ブックマーク)?")
# The networks' names in Arabic, Persian, Hebrew and Hindi script, for those languages' tables
# (kept out of _NETWORKS, which every page's English phrases search).
_LOCAL_NETWORKS = (r"فيسبوك|فيس بوك|تويتر|إكس|واتساب|واتس ?اب|واتس ?آب|تيليجرام|تيليغرام|تلغرام|لينكد ?إن|إنستغرام|انستغرام|انستقرام|يوتيوب|"
                   r"فیسبوک|فیس‌بوک|توییتر|تویتر|واتس‌اپ|واتساپ|تلگرام|اینستاگرام|لینکدین|یوتیوب|آپارات|ایتا|روبیکا|سروش|"
                   r"פייסבוק|טוויטר|טויטר|וואטסאפ|ווטסאפ|טלגרם|לינקדאין|אינסטגרם|יוטיוב|"
                   r"(?:फ़|फ)ेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम|इंस्टाग्राम|लिंक्डइन|यूट्यूब")
_SHARE = {
    "en": [r"share(?: (?:this|the|post|article|page|story|on|via|to|with))*(?: (?:post|article|page|story))?",
           rf"(?:share (?:on|via|to) )?(?:{_NETWORKS})",
           # a bar whose labels a copy ran together: "Share to LinkedInLinkedInLinkedInShare to Facebook..."
           rf"share to (?:{_NETWORKS}|more|addthis)(?:{_NETWORKS}|more|addthis)+", r"tweet(?: this)?", r"pin it", r"print(?: this)?(?: page| article)?",
           r"e-?mail(?: this)?(?: page| article| story)?", r"save(?: article| for later)?",
           r"(?:send|e-?mail) to a friend", r"recommend(?: this)?(?: article| page)?", r"bookmark",
           r"copy(?: (?:the|this))? link", r"tweet (?:on|to) (?:twitter|x)", r"submit",
           # the send-by-mail dialog's messages
           r"this (?:article|story|page) has been sent to", r"your (?:e-?mail|message) has been sent",
           r"sharing is caring", r"shares?", r"share (?:it|this) with (?:your )?friends",
           # WordPress (Jetpack) share buttons as text: "Click to share on X (Opens in new window)".
           rf"click to (?:share (?:on|via) (?:{_NETWORKS})|e-?mail (?:a link|this) to a friend|print|e-?mail)",
           r"opens in (?:a )?new window", r"pin", r"like this", r"like loading",
           # AddThis-style bars: "AddThis Sharing Buttons", then "Share to X X ... Share to More More".
           r"(?:addthis |social )?(?:sharing|share) buttons", r"more",
           r"(?:show |close )?(?:all |more |extra )?sharing options", r"(?:open |close )?(?:the )?share panel",
           r"(?:these are external links and )?(?:will )?open in a new window"],
    "de": [r"teilen", r"(?:artikel|beitrag|seite) teilen", rf"(?:auf|per|via) (?:{_NETWORKS})(?: teilen)?",
           r"drucken", r"(?:artikel|seite) drucken", r"merken", r"versenden", r"per e-?mail versenden",
           r"(?:artikel |seite |beitrag )?weiterempfehlen", r"an (?:einen )?freund(?:in)? senden",
           rf"klicken,? um (?:auf|über) (?:{_NETWORKS}) zu teilen", r"klicken zum ausdrucken",
           r"wird in neuem fenster geöffnet"],
    "fr": [r"partager(?: (?:cet |l')article| sur| par)?", rf"partager (?:sur|par) (?:{_NETWORKS})",
           r"imprimer(?: (?:cet |l')article| la page)?", r"envoyer par e-?mail", r"enregistrer", r"partage",
           r"envoyer à un (?:ami|proche)", r"recommander",
           rf"cliquez? pour (?:partager sur (?:{_NETWORKS})|imprimer)", r"ouvre dans une nouvelle fenêtre"],
    "es": [r"compartir(?: (?:en|por|este artículo|la noticia|publicación|artículo|noticia))?", rf"compartir (?:en|por) (?:{_NETWORKS})",
           r"imprimir(?: (?:artículo|noticia|página))?", r"enviar por (?:correo|e-?mail)", r"guardar",
           r"enviar a un amigo", r"recomendar",
           rf"haz clic para (?:compartir en (?:{_NETWORKS})|imprimir)", r"se abre en una ventana nueva"],
    "pt": [r"(?:compartilh|partilh)ar(?: (?:no|na|por|via|este artigo|esta notícia|artigo|notícia))?",
           rf"(?:compartilh|partilh)ar (?:no|na|por|via) (?:{_NETWORKS})", r"(?:compartilh|partilh)e(?: (?:isso|isto|este artigo|esta notícia|esta página))?",
           r"imprimir(?: (?:artigo|notícia|página))?", r"enviar por e-?mail", r"salvar",
           r"enviar (?:a|para) um amigo",
           rf"clique para (?:(?:compartilh|partilh)ar (?:no|na|via) (?:{_NETWORKS})|imprimir)",
           r"abre (?:em|numa) (?:uma )?nova janela"],
    "it": [r"condividi(?: (?:su|via|questo articolo|l'articolo|la notizia|articolo|notizia))?",
           rf"condividi (?:su|via|per) (?:{_NETWORKS})", r"stampa(?: (?:questo articolo|l'articolo|articolo|la pagina|pagina))?",
           r"invia per e-?mail", r"salva", r"invia a un amico", r"consiglia",
           rf"(?:fai )?clic(?:ca)? (?:qui )?per (?:condividere su (?:{_NETWORKS})|stampare)",
           r"si apre in una nuova finestra"],
    "nl": [r"delen", r"(?:artikel|bericht|pagina) delen", rf"(?:delen )?(?:op|via) (?:{_NETWORKS})(?: delen)?",
           r"deel (?:dit|deze)(?: (?:artikel|bericht|pagina))?", rf"deel (?:op|via) (?:{_NETWORKS})", r"(?:artikel |pagina )?(?:printen|afdrukken)",
           r"(?:artikel )?mailen", r"opslaan", r"doorsturen(?: naar een vriend)?", r"aanbevelen",
           rf"klik om te delen (?:op|via) (?:{_NETWORKS})", r"klik om (?:af te drukken|te printen)",
           r"(?:wordt|opent) in (?:een )?nieuw venster(?: geopend)?"],
    "ru": [r"поделиться(?: (?:статьей|новостью|ссылкой|материалом|записью))?", rf"поделиться (?:в|во|через) (?:{_NETWORKS}|соцсетях|социальных сетях)",
           r"(?:распечатать|печать)(?: (?:статью|страницу|новость))?", r"версия для печати",
           r"отправить (?:по (?:e-?mail|почте|электронной почте)|другу)", r"(?:добавить )?в (?:закладки|избранное)",
           r"(?:скопировать|копировать) ссылку", r"ссылка скопирована"],
    "bg": [r"сподели(?: (?:статията|новината|публикацията))?", rf"сподели (?:в|във|чрез) (?:{_NETWORKS}|фейсбук)", r"споделяне",
           r"(?:печат|отпечатай|принтирай)(?: (?:статията|страницата))?", r"версия за печат",
           r"изпрати (?:на приятел|по (?:e-?mail|имейл))", r"(?:копирай|копиране на) (?:линка|връзката)", r"линкът е копиран",
           r"запази(?: статията)?"],
    # Croatian, Bosnian and Serbian in Latin script ("hr"; base.SHARED_TABLES), Serbian in Cyrillic ("sr").
    "hr": [r"podijeli(?:te)?(?: (?:članak|vijest|objavu|ovo))?", r"podeli(?:te)?(?: (?:članak|vest|objavu|ovo))?",
           rf"(?:podijeli|podeli)(?:te)? (?:na|putem|preko) (?:{_NETWORKS})\w{{0,3}}", r"dijeljenje",
           r"(?:ispiši|ispis|isprintaj|štampaj|odštampaj)(?: (?:članak|stranicu))?",
           r"pošalji (?:e-?mailom|mailom|prijatelju|na e-?mail)", r"(?:kopiraj|kopirajte) (?:link|poveznicu)", r"link (?:je )?kopiran",
           r"(?:spremi|sačuvaj)(?: članak)?"],
    "sr": [r"подели(?:те)?(?: (?:чланак|вест|објаву))?", rf"подели(?:те)? (?:на|путем|преко) (?:{_NETWORKS}|фејсбук\w{{0,3}}|твитер\w{{0,3}})",
           r"(?:одштампај|штампај|штампа)(?: (?:чланак|страницу))?", r"пошаљи (?:имејлом|мејлом|е-поштом|пријатељу)",
           r"(?:копирај|копирајте) (?:линк|везу)", r"линк (?:је )?копиран", r"сачувај(?: чланак)?"],
    # Thai labels stand alone in their block (no spaces between Thai words: whole-block matches only).
    "th": [r"แชร์(?:บทความ(?:นี้)?|ข่าว(?:นี้)?|เลย)?", rf"แชร์(?:ไป(?:ยัง|ที่)|ผ่าน|บน|ลง)\s?(?:{_NETWORKS}|เฟซบุ๊ก|เฟสบุ๊ค|ไลน์|ทวิตเตอร์)",
           r"เฟซบุ๊ก", r"เฟสบุ๊ค", r"ไลน์", r"ทวิตเตอร์", r"แบ่งปัน(?:บทความ(?:นี้)?)?", r"พิมพ์(?:บทความ(?:นี้)?|หน้านี้|ข่าว(?:นี้)?)?",
           r"ส่ง(?:ทาง)?อีเมล", r"ส่งให้เพื่อน", r"คัดลอก(?:ลิงก์|ลิ้งก์|ลิงค์)", r"คัดลอก(?:ลิงก์|ลิงค์)?แล้ว", r"บันทึก(?:บทความ)?"],
    "ms": [r"kongsi(?: (?:artikel|berita)(?: ini)?)?", rf"kongsi (?:ke|di|melalui|menerusi) (?:{_NETWORKS})", r"berkongsi",
           r"cetak(?: (?:artikel|berita|halaman))?", r"hantar (?:melalui |menerusi )?e-?mel", r"e-?mel", r"simpan(?: artikel)?",
           r"salin (?:pautan|link)", r"pautan (?:telah )?disalin", rf"klik untuk berkongsi (?:di|ke|melalui) (?:{_NETWORKS})",
           r"klik untuk (?:mencetak|menghantar (?:pautan )?(?:melalui )?e-?mel)", r"(?:dibuka|buka) dalam (?:tetingkap|tab) baharu"],
    "pl": [r"udostępnij(?: (?:artykuł|wpis|post))?", rf"udostępnij (?:na|w|przez) (?:{_NETWORKS})\w{{0,3}}",
           r"podziel się(?: (?:artykułem|wpisem))?", rf"podziel się (?:na|w|przez) (?:{_NETWORKS})\w{{0,3}}",
           r"(?:wy)?drukuj(?: artykuł| stronę)?", r"wyślij (?:e-?mailem|mailem|znajomemu|link)", r"zapisz(?: artykuł)?",
           r"(?:s)?kopiuj link", rf"kliknij,? aby udostępnić (?:na|w|przez) (?:{_NETWORKS})\w{{0,3}}",
           r"kliknij,? aby (?:wydrukować|wysłać (?:link )?e-?mailem)", r"otwiera się w nowym oknie"],
    "tr": [r"paylaş(?:ın)?", rf"(?:{_NETWORKS})(?:'?(?:da|de|ta|te|'dan))? paylaş(?:ın)?", r"(?:haberi|yazıyı|bu haberi) paylaş(?:ın)?",
           r"yazdır", r"e-?posta(?: (?:ile |olarak )?gönder)?", r"kaydet", r"(?:bağlantıyı|linki) kopyala",
           rf"(?:{_NETWORKS})(?:'?(?:da|de|ta|te))? paylaşmak için tıklayın", r"yazdırmak için tıklayın",
           r"yeni (?:pencerede|sekmede) açılır"],
    "sv": [r"dela(?: (?:artikeln|inlägget|sidan))?", rf"dela (?:på|via) (?:{_NETWORKS})", r"skriv ut(?: artikeln| sidan)?",
           r"skicka (?:som e-?post|via e-?post|till en vän|tips)", r"e-?post", r"spara(?: artikeln)?", r"kopiera länk(?:en)?",
           rf"klicka för att dela (?:på|via) (?:{_NETWORKS})", r"klicka för att skriva ut", r"öppnas i ett nytt fönster"],
    "vi": [r"chia sẻ(?: (?:bài viết|bài|tin|lên|qua|trên))?", rf"chia sẻ (?:lên|qua|trên) (?:{_NETWORKS})", r"in bài(?: viết)?",
           r"bản in", r"gửi (?:qua )?email", r"gửi (?:bài )?cho bạn bè", r"lưu(?: bài(?: viết)?| tin)?",
           r"(?:sao chép|copy) (?:liên kết|link|đường dẫn)", r"đã sao chép(?: liên kết)?",
           rf"(?:nhấn|bấm|nhấp) (?:vào )?để chia sẻ (?:lên|trên|qua) (?:{_NETWORKS})", r"(?:nhấn|bấm|nhấp) (?:vào )?để in",
           r"mở (?:trong|ở) cửa sổ mới"],
    "id": [r"bagikan(?: (?:artikel|berita|tulisan|halaman)(?: ini)?)?", rf"bagikan (?:ke|di|via|lewat|melalui) (?:{_NETWORKS})",
           r"berbagi", r"cetak(?: (?:artikel|berita|halaman))?", r"kirim (?:lewat |via |melalui )?e-?mail",
           r"simpan(?: (?:artikel|berita))?", r"salin (?:tautan|link)", r"tautan (?:telah )?disalin",
           rf"klik untuk (?:berbagi|membagikan) (?:di|ke|via|pada) (?:{_NETWORKS})",
           r"klik untuk (?:mencetak|mengirim (?:tautan )?(?:lewat |via )?e-?mail)",
           r"(?:membuka|dibuka|terbuka|buka) di (?:jendela|tab) (?:yang )?baru"],
    "cs": [r"sdílet(?: (?:článek|příspěvek|stránku))?", rf"sdílet (?:na|přes|pomocí|v|ve) (?:{_NETWORKS})\w{{0,3}}",
           r"sdílejte(?: článek)?", r"(?:vy)?tisknout(?: (?:článek|stránku))?", r"tisk",
           r"(?:poslat|odeslat) (?:e-?mailem|příteli|známému|odkaz)", r"uložit(?: (?:článek|na později))?",
           r"(?:zkopírovat|kopírovat) odkaz", r"odkaz (?:byl )?zkopírován",
           rf"klikněte pro sdílení (?:na|přes|v) (?:{_NETWORKS})\w{{0,3}}",
           r"klikněte pro (?:tisk|vytisknutí|odeslání (?:odkazu )?e-?mailem)", r"(?:otevře|otevírá) se v no(?:vém|vé) (?:okně|záložce)"],
    "uk": [r"поділитися(?: (?:статтею|новиною|посиланням|матеріалом|записом))?",
           rf"поділитися (?:в|у|через) (?:{_NETWORKS}|соцмережах|соціальних мережах)",
           r"(?:друкувати|роздрукувати|друк)(?: (?:статтю|сторінку|новину))?", r"версія для друку",
           r"надіслати (?:на (?:e-?mail|пошту)|електронною поштою|другові|другу)", r"(?:додати )?(?:в|до) (?:закладок|закладки|обраного)",
           r"(?:скопіювати|копіювати) посилання", r"посилання скопійовано"],
    "ro": [r"distribuie(?: (?:articolul|[șş]tirea|pe|prin))?", rf"distribuie (?:pe|prin) (?:{_NETWORKS})", r"partajează(?: articolul)?",
           rf"partajează (?:pe|prin) (?:{_NETWORKS})", r"(?:printează|tipăre[șş]te|imprimă)(?: (?:articolul|pagina))?",
           r"trimite (?:pe |prin )?e-?mail", r"trimite unui prieten", r"salvează(?: articolul)?", r"copiază (?:link-?ul|link)",
           r"link(?:-ul)? copiat", rf"(?:dă|da[țţ]i|fă|face[țţ]i) clic pentru a (?:partaja|distribui) pe (?:{_NETWORKS})",
           r"(?:dă|da[țţ]i|fă|face[țţ]i) clic pentru a (?:imprima|tipări|printa|trimite (?:un link )?(?:prin )?e-?mail)",
           r"se deschide într-o fereastră nouă"],
    "hu": [r"megosztás", rf"megosztás (?:a |az )?(?:{_NETWORKS})[\w-]{{0,4}}", rf"(?:{_NETWORKS})-?(?:on|en|ön)",
           r"(?:oszd|ossza) meg(?: (?:ismerőseiddel|ismerőseivel|barátaiddal|a cikket))?", r"nyomtatás",
           r"(?:küldés|elküldés|küldd el|küldje el) e-?mailben", r"e-?mail küldése", r"mentés", r"link másolása",
           r"link(?:je)? (?:kimásolva|másolva)", rf"kattints(?:on)? (?:ide )?(?:a |az )?(?:{_NETWORKS})[\w-]{{0,6}} (?:való )?megosztáshoz",
           r"kattints(?:on)? (?:ide )?a nyomtatáshoz", r"új ablakban nyílik(?: meg)?"],
    "ja": [r"(?:この記事を|記事を)?(?:シェア|共有)(?:する)?", rf"(?:{_NETWORKS})\s?(?:で|に)\s?(?:シェア|共有|送る|ポスト)(?:する)?",
           r"ツイート(?:する)?", r"ポスト(?:する)?", r"印刷(?:する)?", r"ブックマーク(?:する)?", r"リンクを?コピー(?:する)?",
           rf"クリックして\s?(?:{_NETWORKS})\s?で共有", r"クリックして印刷", r"新しいウィンドウで開きます"],
    "zh": [r"分享(?:到|至)?[:：]?", rf"分享(?:到|至)\s?(?:{_NETWORKS})", r"分享(?:本文|文章|此文|这篇文章|這篇文章)",
           r"打印(?:本页|本文|文章)?", r"列印", r"收藏", r"[复複]制[链鏈][接結]", r"微信扫一扫(?:分享)?", r"扫码分享"],
    "ko": [r"(?:기사 )?공유(?: ?하기)?", rf"(?:{_NETWORKS}) ?(?:으로 |로 |에 )?공유(?: ?하기)?", r"(?:기사 )?(?:인쇄|프린트)(?: ?하기)?",
           r"스크랩(?: ?하기)?", r"(?:url|링크|주소) ?복사(?: ?하기)?", r"이메일 ?(?:보내기|전송)", r"메일 ?보내기"],
    "ar": spellings([r"(?:شارك|شاركوا|مشاركة|انشر|نشر)(?: (?:المقال|الخبر|الموضوع|هذا المقال|هذا الخبر|الصفحة))?", rf"(?:{_LOCAL_NETWORKS})",
                     rf"(?:شارك|شاركوا|مشاركة|انشر|نشر)(?: (?:المقال|الخبر))? (?:على|عبر|في|من خلال) (?:{_NETWORKS}|{_LOCAL_NETWORKS})",
                     r"(?:ال)?طباعة", r"اطبع(?: (?:المقال|الخبر|الصفحة))?", r"(?:أرسل|إرسال|ارسل) (?:إلى|ل)صديق",
                     r"(?:أرسل|إرسال|ارسل) (?:عبر|بال)بريد(?: الإلكتروني)?", r"(?:ال)?بريد الإلكتروني", r"نسخ الرابط", r"تم نسخ الرابط",
                     r"(?:حفظ|احفظ)(?: المقال)?",
                     rf"(?:انقر|اضغط) (?:هنا )?(?:للمشاركة (?:على|عبر) (?:{_NETWORKS}|{_LOCAL_NETWORKS})|للطباعة|لإرسال (?:رابط )?(?:بالبريد الإلكتروني|إلى صديق))",
                     r"(?:يفتح|تفتح|فتح) في (?:نافذة|علامة تبويب) جديدة"]),
    "fa": spellings([r"اشتراک‌گذاری(?: (?:مطلب|خبر|نوشته))?", rf"(?:{_LOCAL_NETWORKS})", r"(?:به )?اشتراک بگذارید", r"هم‌رسانی",
                     rf"(?:اشتراک‌گذاری|اشتراک|ارسال) در (?:{_NETWORKS}|{_LOCAL_NETWORKS})", r"چاپ(?: (?:مطلب|خبر|صفحه))?", r"نسخه(?: ی|‌ی)? چاپی",
                     r"ارسال (?:به دوستان|برای دوستان|به دوست|با ایمیل|از طریق ایمیل)", r"(?:کپی|رونوشت) (?:لینک|پیوند)",
                     r"لینک کوتاه(?: (?:خبر|مطلب))?", r"لینک کپی شد", r"ذخیره(?: (?:مطلب|خبر))?",
                     r"(?:در (?:پنجره|زبانه)ٔ? جدید باز می‌شود)"]),
    "he": [r"(?:שתפו|שתף|שתפי|שיתוף)(?: (?:את )?(?:ה)?(?:כתבה|מאמר|פוסט|ידיעה))?", rf"(?:{_LOCAL_NETWORKS})",
           rf"(?:שתפו|שתף|שתפי|שיתוף)(?: (?:את )?(?:ה)?(?:כתבה|מאמר|פוסט|ידיעה))? (?:ב-?|על |דרך )(?:{_NETWORKS}|{_LOCAL_NETWORKS})",
           r"(?:הדפס|הדפסה|הדפסת (?:ה)?(?:כתבה|מאמר|עמוד))", r"(?:שלח|שלחו|שליחה) (?:ל)?חבר", r"(?:שלח|שלחו|שליחה) (?:ב)?(?:מייל|אימייל|דוא[\"״]ל)",
           r"(?:העתק|העתיקו|העתקת) (?:את )?(?:ה)?קישור", r"הקישור הועתק", r"(?:שמור|שמרו|שמירה)(?: (?:ה)?כתבה)?",
           rf"(?:לחץ|לחצו|הקליקו) (?:כדי |על מנת )?(?:לשתף|לשיתוף|להדפיס|להדפסה|לשלוח)(?: (?:ב-?|על |דרך )(?:{_NETWORKS}|{_LOCAL_NETWORKS}))?",
           r"(?:נפתח|נפתחת|ייפתח) ב(?:חלון|כרטיסייה|לשונית) חדש(?:ה)?"],
    "el": spellings([r"κοινοποίηση(?: (?:άρθρου|του άρθρου))?", r"(?:κοινοποιήστε|μοιραστείτε|μοιράσου)(?: (?:το|αυτό|το άρθρο))?",
                     rf"(?:κοινοποίηση|κοινοποιήστε|μοιραστείτε|μοιράσου)(?: (?:το|αυτό|το άρθρο))? (?:στο|στα|μέσω|σε) (?:{_NETWORKS})",
                     r"εκτύπωση(?: (?:άρθρου|του άρθρου|σελίδας))?", r"αποστολή (?:με |μέσω )?(?:email|e-mail|ηλεκτρονικού ταχυδρομείου)",
                     r"αποστολή σε φίλο", r"αντιγραφή (?:του )?(?:συνδέσμου|link)", r"αποθήκευση(?: άρθρου)?",
                     rf"(?:κάντε κλικ|πατήστε|κλικ) για (?:κοινοποίηση (?:στο|μέσω) (?:{_NETWORKS})|εκτύπωση|αποστολή)",
                     r"ανοίγει σε (?:νέο|καινούργιο) (?:παράθυρο|tab|καρτέλα)"]),
    "hi": spellings([r"(?:इसे |यह |खबर |लेख )?(?:शेयर|साझा) करें", rf"(?:{_LOCAL_NETWORKS})", r"शेयर", rf"(?:{_NETWORKS}|{_LOCAL_NETWORKS}) (?:पर|से) (?:शेयर|साझा) करें",
                     rf"(?:{_NETWORKS}|{_LOCAL_NETWORKS}) पर (?:साझा|शेयर) करने के लिए क्लिक करें", r"(?:प्रिंट|छापने) (?:करने )?के लिए क्लिक करें",
                     r"प्रिंट(?: करें)?", r"ईमेल(?: करें)?", r"लिंक कॉपी करें", r"(?:सेव|सहेजें)(?: करें)?", r"नई (?:विंडो|टैब) में खुलता है"]),
    "da": [r"del(?: (?:artiklen|siden|indlægget|historien))?", rf"del (?:på|via) (?:{_NETWORKS})", r"(?:udskriv|print)(?: artiklen| siden)?",
           r"send (?:som e-?mail|via e-?mail|til en ven|artiklen)", r"gem(?: artiklen)?", r"kopi[eé]r link(?:et)?",
           rf"klik for at dele (?:på|via) (?:{_NETWORKS})", r"klik for at (?:udskrive|printe|sende (?:et link )?(?:via|som|på) e-?mail(?: til en ven)?)",
           r"åbner i (?:et )?nyt vindue"],
    "fi": [r"jaa(?: (?:artikkeli|juttu|sivu))?", rf"jaa (?:{_NETWORKS})(?::?[a-zäö]{{1,5}})?", r"tulosta(?: (?:artikkeli|juttu|sivu))?",
           r"lähetä (?:sähköpostilla|ystävälle|linkki)", r"sähköposti", r"tallenna(?: artikkeli)?", r"kopioi linkki", r"linkki kopioitu",
           rf"klikkaa jakaaksesi (?:{_NETWORKS})(?::?[a-zäö]{{1,5}})?",
           r"klikkaa (?:tulostaaksesi|lähettääksesi (?:linkin )?sähköpostilla(?: ystävälle)?)", r"avautuu uudessa ikkunassa"],
    "no": [r"del(?: (?:artikkelen|saken|siden|sida|innlegget))?", rf"del (?:på|via) (?:{_NETWORKS})",
           r"(?:skriv ut|print)(?: artikkelen| saken| siden)?", r"send (?:som e-?post|på e-?post|via e-?post|til en venn|tips)", r"e-?post",
           r"lagr(?:e|a)(?: artikkelen| saken)?", r"kopier lenk(?:e|en|ja)", r"lenk(?:en|ja) er kopiert",
           rf"klikk for å dele (?:på|via) (?:{_NETWORKS})",
           r"klikk for å (?:skrive ut|sende (?:en lenke )?(?:på|via|som) e-?post(?: til en venn)?)", r"åpnes i (?:et )?nytt vindu"],
    "sk": [r"zdieľať(?: (?:článok|príspevok|stránku))?", rf"zdieľať (?:na|cez|pomocou|v) (?:{_NETWORKS})\w{{0,3}}",
           r"zdieľajte(?: článok)?", r"(?:vy)?tlačiť(?: (?:článok|stránku))?", r"tlač",
           r"(?:poslať|odoslať) (?:e-?mailom|priateľovi|známemu|odkaz)", r"uložiť(?: (?:článok|na neskôr))?",
           r"(?:skopírovať|kopírovať) odkaz", r"odkaz (?:bol )?skopírovaný",
           rf"kliknite pre zdieľanie (?:na|cez|v) (?:{_NETWORKS})\w{{0,3}}",
           r"kliknite pre (?:tlač|vytlačenie|odoslanie (?:odkazu )?e-?mailom)", r"(?:otvorí|otvára) sa v no(?:vom|vej) (?:okne|záložke|karte)"],
    "ca": [r"comparteix(?: (?:l'article|la notícia|aquest article|la pàgina))?", r"compartir", rf"comparteix (?:a|al|en|per|via) (?:{_NETWORKS})",
           r"imprimeix(?: (?:l'article|la notícia|la pàgina))?", r"imprimir", r"envia(?:r)? per (?:correu(?: electrònic)?|e-?mail)",
           r"envia(?:r)? a un amic", r"desa(?:r)?(?: l'article)?", r"copia(?:r)? l'enllaç", r"copia(?:r)? enllaç", r"enllaç copiat",
           rf"fes clic per compartir (?:a|al|en) (?:{_NETWORKS})",
           r"fes clic per (?:imprimir|enviar (?:un enllaç )?per correu(?: electrònic)?(?: a un amic)?)", r"s'obre en una finestra nova"],
}  # fmt: skip
_FOLLOW = {
    "en": [r"follow us(?: on [\w ,&]+)?", r"connect with us", r"like us on facebook", r"find us on [\w ]+",
           r"join us on [\w ]+", r"follow", r"follow the (?:topics|authors?) (?:within|in|of) this article",
           # the author's accounts: "Follow Jane Doe on Twitter"
           r"follow (?:[\w.'’-]+ ){1,6}on (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon|youtube|tiktok)"
           # ... and on more networks: "on Facebook, Twitter (@ExampleOpinion) and Instagram"
           r"(?:[\s,()]*(?:(?:and|or)\s*)?(?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon|youtube|tiktok|@\w+))*",
           r"check out my (?:website|blog)"],
    "de": [r"folgen sie uns(?: auf [\w ,&]+)?", r"folge uns(?: auf [\w ,&]+)?", r"besuchen sie uns auf [\w ]+",
           r"folgen sie (?:[\w.'’-]+ ){1,4}auf (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)"],
    "fr": [r"suivez-nous(?: sur [\w ,&]+)?", r"rejoignez-nous sur [\w ]+", r"retrouvez-nous sur [\w ]+",
           r"suivez (?:[\w.'’-]+ ){1,4}sur (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)"],
    "es": [r"síguenos(?: en [\w ,&]+)?", r"síganos(?: en [\w ,&]+)?", r"únete a nosotros en [\w ]+",
           r"sigue a (?:[\w.'’-]+ ){1,4}en (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)"],
    "pt": [r"siga-nos(?: (?:no|na|nos|nas|em) [\w ,&]+)?", r"segue-nos(?: (?:no|na|nos|nas|em) [\w ,&]+)?",
           r"acompanhe-nos (?:no|na|nos|nas|em) [\w ]+"],
    "it": [r"seguici(?: su [\w ,&]+)?", r"seguici sui social(?: network| media)?", r"seguiteci(?: su [\w ,&]+)?", r"trovaci su [\w ]+",
           r"unisciti a noi su [\w ]+"],
    "nl": [r"volg ons(?: op [\w ,&]+)?", r"vind ons op [\w ]+", r"like ons op facebook"],
    "ru": [r"(?:подписывайтесь|подпишитесь) на (?:нас|наш (?:канал|telegram-канал|телеграм-канал|telegram|телеграм)|"
           r"наши (?:соцсети|страницы|аккаунты))(?: в [\w ,&-]+)?",
           r"мы в (?:соцсетях|социальных сетях)", r"следите за нами(?: в [\w ,&-]+)?", r"присоединяйтесь к нам(?: в [\w ,&-]+)?"],
    "bg": [r"последвайте ни(?: (?:в|във|на) [\w ,&-]+)?", r"последвай ни(?: (?:в|във|на) [\w ,&-]+)?", r"харесайте ни във facebook",
           r"присъединете се към нас (?:в|във) [\w ]+"],
    "hr": [r"prati(?:te)? nas(?: na [\w ,&]+)?", r"pridruži(?:te)? nam se na [\w ]+", r"lajkaj(?:te)? nas na facebooku"],
    "sr": [r"прати(?:те)? нас(?: на [\w ,&]+)?", r"придружи(?:те)? нам се на [\w ]+"],
    "th": [r"ติดตาม(?:เรา|ข่าวสาร(?:เพิ่มเติม)?)(?:ได้)?(?:ที่|ทาง|บน|ผ่าน)?", rf"(?:{_NETWORKS})", r"กดติดตาม", r"(?:เพิ่ม|แอด)เพื่อน(?:ทาง|ใน)?\s?(?:line|ไลน์)"],
    "ms": [r"ikuti kami(?: di [\w ,&]+)?", r"sertai kami di [\w ]+", r"sertai saluran [\w ]+ kami"],
    "pl": [r"(?:obserwuj|śledź) nas(?: (?:na|w) [\w ,&]+)?", r"dołącz do nas (?:na|w) [\w ]+", r"polub nas na facebooku"],
    "tr": [r"bizi(?: [\w ,&'’]+?)? takip edin", r"sosyal medyada biz"],
    "sv": [r"följ oss(?: på [\w ,&]+)?", r"gilla oss på facebook", r"hitta oss på [\w ]+"],
    "vi": [r"(?:hãy )?theo dõi chúng tôi(?: (?:trên|tại) [\w ,&]+)?", r"kết nối với chúng tôi(?: (?:trên|qua) [\w ,&]+)?"],
    "id": [r"ikuti kami(?: di [\w ,&]+)?", r"temukan kami di [\w ]+", r"(?:ayo |mari )?bergabung (?:di|ke) (?:grup|saluran|kanal|channel) [\w ]+"],
    "cs": [r"sledujte nás(?: (?:na|v|ve) [\w ,&]+)?", r"najdete nás (?:na|v) [\w ]+", r"dejte nám like na facebooku"],
    "uk": [r"(?:підписуйтесь|підписуйтеся|підпишіться) на (?:нас|наш (?:канал|telegram-канал|телеграм-канал|telegram|телеграм)|"
           r"наші (?:соцмережі|сторінки|акаунти))(?: (?:в|у) [\w ,&-]+)?",
           r"ми в (?:соцмережах|соціальних мережах)", r"(?:стежте|слідкуйте) за нами(?: (?:в|у) [\w ,&-]+)?",
           r"приєднуйтесь до нас(?: (?:в|у) [\w ,&-]+)?"],
    "ro": [r"urmăre[șş]te-ne(?: pe [\w ,&]+)?", r"urmări[țţ]i-ne(?: pe [\w ,&]+)?", r"(?:găse[șş]te-ne|ne găse[șş]ti) pe [\w ]+",
           r"alătură-te (?:nouă|comunită[țţ]ii) pe [\w ]+"],
    "hu": [r"kövess(?:en)? minket(?: (?:a |az )?[\w ,&-]+)?", r"(?:keress|keressen) minket (?:a |az )?(?:facebookon|instagramon|[\w-]+-?on)",
           r"csatlakozz(?:on)? hozzánk(?: (?:a |az )?[\w -]+)?", r"lájkolj(?:on)? minket(?: a facebookon)?"],
    "ja": [r"(?:公式)?(?:[a-z]+ ?)?(?:で|を)フォロー(?:する|してください)?", r"フォロー(?:する)?", r"公式(?:sns|アカウント)"],
    "zh": [r"[关關]注我[们們](?:的)?(?:微信|微博)?(?:公众号|公眾號)?", r"(?:扫码|扫描二维码)[关關]注(?:我们)?", r"微信公众号"],
    "ko": [r"(?:sns )?팔로우(?: ?하기)?"],
    # "تابعونا على الطريق" (follow us on the road) is said in a story: the networks only.
    "ar": spellings([rf"تابع(?:ونا|نا)(?: (?:على|عبر|في) (?:{_NETWORKS}|{_LOCAL_NETWORKS}|مواقع التواصل(?: الاجتماعي)?|الشبكات الاجتماعية)"
                     rf"(?:(?:،? ?و| ?، ?| ?, ?)(?:{_NETWORKS}|{_LOCAL_NETWORKS}))*)?",
                     rf"(?:انضم|انضموا) (?:إلينا|إلى قناتنا) (?:على|عبر|في) (?:{_NETWORKS}|{_LOCAL_NETWORKS})"]),
    "fa": spellings([r"ما را(?: (?:در|از طریق) [\w\u200c ،,&]+?)? دنبال کنید", r"(?:به|در) کانال [\w\u200c ]+? (?:ما )?(?:بپیوندید|عضو شوید)",
                     r"عضویت در کانال [\w\u200c ]+"]),
    "he": [rf"(?:עקבו|עקוב|עקבי) אחרינו(?: (?:גם )?(?:ב-?|ברשתות(?: החברתיות)?)(?:{_NETWORKS}|{_LOCAL_NETWORKS})?(?:(?:,| ו-?| וב-?|, ב-?)(?:{_NETWORKS}|{_LOCAL_NETWORKS}))*)?",
           rf"הצטרפו (?:אלינו|לערוץ (?:ה)?(?:{_NETWORKS}|{_LOCAL_NETWORKS})(?: שלנו)?)(?: ב-?(?:{_NETWORKS}|{_LOCAL_NETWORKS}))?"],
    "el": spellings([rf"(?:ακολουθήστε|ακολούθησέ|ακολουθείστε) μας(?: (?:στο|στα|στην|στον|σε) (?:{_NETWORKS}|social media|μέσα κοινωνικής δικτύωσης)"
                     rf"(?:(?: και | ?, ?| & )(?:στο |στα |στην )?(?:{_NETWORKS}))*)?", rf"βρείτε μας (?:στο|στα|στην|σε) (?:{_NETWORKS})"]),
    "hi": spellings([r"हमें (?:\S+ ){0,3}(?:पर )?फ़ॉलो करें", r"हमसे (?:\S+ ){0,3}(?:पर )?जुड़ें"]),
    "da": [r"følg os(?: på [\w ,&]+)?", r"find os på [\w ]+", r"synes godt om os på facebook"],
    "fi": [r"seuraa meitä(?: [\w ,&]+)?", r"löydät meidät (?:myös )?[\w ]+", r"tykkää meistä facebookissa"],
    "no": [r"følg oss(?: på [\w ,&]+)?", r"finn oss på [\w ]+", r"lik oss på facebook"],
    "sk": [r"sledujte nás(?: (?:na|v|vo) [\w ,&]+)?", r"nájdete nás (?:na|v) [\w ]+", r"dajte nám like na facebooku"],
    "ca": [r"segueix-nos(?: (?:a|al|als|en) [\w ,&]+)?", r"troba'ns (?:a|al|en) [\w ]+"],
}  # fmt: skip

_COUNT = r"\d[\d.,]*\s?[kKmM]?\+?"
_COUNTED = (r"comments?|shares?|likes?|views?|reactions?|replies|responses|retweets|reads|"
            r"kommentare?|aufrufe|likes|teilungen|commentaires?|partages|vues|j'aime|"
            r"comentarios?|compartidos|visitas|vistas|me gusta|"
            r"comentários?|compartilhamentos|partilhas|visualizações|curtidas|"
            r"commenti|commento|condivisioni|visualizzazioni|letture|mi piace|"
            r"reacties?|keer gedeeld|weergaven|keer bekeken|"
            r"комментари(?:ев|я|й)|просмотр(?:ов|а)?|репост(?:ов|а)?|лайк(?:ов|а)?|"
            r"komentarz(?:e|y)?|wyświetle(?:ń|nia)|odsło(?:n|ny)|udostępnie(?:ń|nia)|polubie(?:ń|nia)|"
            r"yorum|görüntülenme|okunma|beğeni|paylaşım|kommentar(?:er)?|visningar|delningar|"
            r"bình luận|lượt (?:xem|thích|chia sẻ)|komentar|kali dibaca|dibaca|komentář(?:e|ů)?|zobrazení|sdílení|"
            r"коментар(?:ів|і|я)?|перегляд(?:ів|и)?|поширен(?:ь|ня)|вподобан(?:ь|ня)|comentari(?:i|u)|vizualizări|"
            r"afi[șş]ări|distribuiri|aprecieri|hozzászólás|megtekintés|megosztás|kedvelés|"
            r"件のコメント|コメント|いいね|回閲覧|条评论|條評論|次阅读|次閱讀|次浏览|次瀏覽|人点赞|次分享|개의 댓글|댓글|"
            r"تعليق(?:ات|اً|ًا|ا)?|مشاهد(?:ة|ات)|مشارك(?:ة|ات)|[إا]عجاب(?:ات)?|نظر|د[یي]دگاه|بازد[یي]د|لا[یي]ک|"
            r"תגובות|תגובה|צפיות|שיתופים|לייקים|σχ[όο]λι[αο]|προβολ[έε]ς|κοινοποι[ήη]σεις|"
            r"टिप्पणि(?:याँ|यां)|टिप्पणी|कमेंट(?:्स)?|व्यूज़?|शेयर|visninger|delinger|"
            r"kommenttia|kommentti|jakoa|kommentarar|komentár(?:e|ov)?|zdieľan(?:í|ia)|comentaris|visites|"
            r"коментар(?:а|и)|преглеждания|komentara|komentari|pregleda|прегледа|ความคิดเห็น|komen")
_COUNTER = re.compile(rf"^(?:(?:{_COUNT})\s*(?:{_COUNTED})\s*[|/•·,]?\s*)+$", re.I)
# Chinese and Korean pages put the label first: "阅读 1234", "浏览量：1.2万", "조회수 1,234", "댓글 3개".
# ("评论 (3)" and "댓글 3" head a comment section: comments.SECTION takes them.)
_LABEL_COUNT = r"\d[\d.,]*\s?(?:[万萬千k]\+?|\+)?"
_LABELLED = (r"(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?|点赞|點讚|点赞数|點讚數|转发|轉發|"
             r"조회수?|공감|좋아요|추천수?|(?:تعداد )?بازد[یي]د|(?:عدد )?(?:ال)?مشاهدات|צפיות|προβολ[έε]ς")
_LABELLED_COUNTER = re.compile(
    rf"^(?:(?:(?:{_LABELLED})\s*[:：]?\s*{_LABEL_COUNT}(?:\s?(?:次|回|개|회|명))?|댓글\s*{_LABEL_COUNT}\s?개)"
    rf"\s*[|/•·,]?\s*)+$",
    re.I,
)


MAX_COUNTER_WORDS = 10
# Where share buttons and counters land in a clipping: a line, a list item, a heading.
_BUTTON_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING})


def _counter(block: Block, page: Page) -> str | None:
    text = block.features.normalized
    if text and (_COUNTER.match(text) or _LABELLED_COUNTER.match(text)):
        return f"engagement counter '{text}'"
    return None


# Share buttons are often icons: links without text whose address is a
# network's share endpoint. The address says what the button does, in any language.
_SHARE_TARGET = re.compile(
    r"(?:https?:)?//(?:www\.|m\.|web\.|api\.)?(?:"
    r"facebook\.com/(?:sharer|share|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:share|intent/tweet)|"
    r"linkedin\.com/(?:share|cws/share|sharearticle)|pinterest\.[a-z.]+/pin/create|reddit\.com/submit|"
    r"whatsapp\.com/send|t\.me/share|telegram\.me/share|tumblr\.com/(?:share|widgets/share)|vk\.com/share|"
    r"xing\.com/(?:social/)?share|getpocket\.com/(?:save|edit)|plus\.google\.com/share|"
    r"news\.ycombinator\.com/submitlink|flipboard\.com/bookmarklet|bsky\.app/intent)"
    r"|whatsapp://send|mailto:\?|javascript:[^)]*print",
    re.I,
)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)")
MAX_SHARE_BUTTON_WORDS = 8  # icon links carry a word or two at most ("Tweet", "Share on X")


def _share_targets(block: Block, page: Page) -> str | None:
    f = block.features
    if "](" not in block.text:
        return None
    if f.visible and f.link_density <= 0.5:
        return None  # a sentence that links a share page is still a sentence
    targets = _LINK_TARGET.findall(_IMAGE.sub("", block.text))
    if targets and all(_SHARE_TARGET.match(target) for target in targets):
        return f"{len(targets)} link(s) to share endpoints"
    return None


# "Follow The Example Times Opinion section on Facebook, Twitter (@ExOpinion) and Instagram":
# the block is nothing but the follow phrase, which may name a section and its networks.
MAX_FOLLOW_WORDS = 20

# A share menu titled with the headline it shares: "Share All sharing options for: <headline>".
_SHARE_TITLED = {"en": [r"share all sharing options for:", r"all sharing options for:"]}
MAX_TITLED_SHARE_WORDS = 40

RULES = (
    phrase_rule(SHARE_BAR, _SHARE, mode="whole", max_words=20),
    phrase_rule(SHARE_BAR, _SHARE_TITLED, mode="start", max_words=MAX_TITLED_SHARE_WORDS, required=("sharing options",)),
    BlockRule(SHARE_BAR, _share_targets, _BUTTON_KINDS, MAX_SHARE_BUTTON_WORDS),
    BlockRule(COUNTER, _counter, _BUTTON_KINDS, MAX_COUNTER_WORDS),
    phrase_rule(FOLLOW, _FOLLOW, mode="whole", max_words=MAX_FOLLOW_WORDS),
)
