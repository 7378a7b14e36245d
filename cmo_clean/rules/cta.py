"""Newsletter sign-ups and calls to action: the page selling itself to the reader."""

from __future__ import annotations

import re

from cmo_clean.document import Block
from cmo_clean.rules.base import THAI_RUN, BlockRule, Page, PhraseMatchers, Rule, phrase_rule, spellings

NEWSLETTER = Rule(
    "CTA401",
    "cta.newsletter",
    "Newsletter sign-up boxes: 'Subscribe to our newsletter', 'Newsletter abonnieren'.",
    "A sign-up box asks the reader to act on the site. The rule needs the imperative "
    "phrasing and a short block, so an article paragraph about newsletters is kept.",
    ("Subscribe to our newsletter", "Jetzt Newsletter abonnieren", "Abonnez-vous à notre newsletter",
     "Suscríbete a nuestro boletín"),
    terminal=True,
)
CONTACT = Rule(
    "CTA402",
    "cta.contact",
    "Contact calls to action: 'Call us!', 'Contact us', 'We are looking forward to your message!'.",
    "An invitation to call or write the site's owner is a sales widget, not article content.",
    ("Call us!", "We are looking forward to your message!", "Wir freuen uns auf Ihre Nachricht!",
     "Contactez-nous", "Contáctanos"),
    terminal=True,
)
PITCH = Rule(
    "CTA403",
    "cta.sales_pitch",
    "A closing sales or recruiting pitch that asks the reader to contact the author's company.",
    "Recruiters and agencies end posts with 'Are you looking for ...? Contact us'. It addresses "
    "the reader as a customer; only paragraphs in the last part of the page that both ask and "
    "invite contact are taken, and an invitation in quotation marks is someone quoted in the story.",
    ("Are you looking for a new CFO? Feel free to contact us - we will find the right match.",
     "Procura um novo diretor financeiro? Entre em contacto connosco.",
     "Stai cercando un nuovo responsabile di produzione? Contattaci.",
     "Bent u op zoek naar een nieuwe controller? Neem gerust contact met ons op."),
    terminal=True,
)
READ_MORE = Rule(
    "CTA404",
    "cta.read_more",
    "Teaser links and prompts: 'Read more', 'Continue reading', 'Weiterlesen', 'Lire la suite', 'Leer más', 'Click the image above to see ...'.",
    "A 'read more' link leads to another page; in a clipping it is a dangling button.",
    ("Read more", "Continue reading →", "Mehr erfahren", "En savoir plus", "Seguir leyendo"),
)
PAYWALL = Rule(
    "CTA405",
    "cta.paywall",
    "Paywall prompts: 'Already a subscriber?', 'Jetzt abonnieren und weiterlesen', 'Réservé aux abonnés'.",
    "The site asks the reader to pay or log in to read on. It stands above, inside or under the "
    "article text a clipping got, so it is removed without ending or splitting the article.",
    ("Already a subscriber? Log in", "Jetzt abonnieren und weiterlesen",
     "Cet article est réservé aux abonnés.", "Suscríbete para seguir leyendo",
     "You have 2 free articles remaining this month."),
    interruption=True,
)

_NEWSLETTER = {
    "en": [r"subscribe(?: now| today)?(?: to (?:our|the|my) (?:\w+ ){0,2}(?:newsletter|mailing list|updates|blog))?",
           r"sign up (?:for|to) (?:our|the|my) (?:\w+ ){0,2}(?:newsletter|mailing list|updates)",
           r"sign up for (?:free|updates)", r"join (?:our|the) (?:newsletter|mailing list)", r"(?:get|receive) breaking news alerts",
           r"want more (?:stories|articles|news) like this", r"click here to subscribe(?: to [\w '’-]{1,40})?",
           r"(?:get|receive) (?:the latest|our|the best)[\w ,]* (?:in|to|delivered to) your inbox",
           r"delivered (?:straight )?to your inbox", r"enter your e-?mail(?: address)?",
           r"your e-?mail address", r"never miss (?:a|an) (?:story|update|post|article)",
           r"stay (?:up to date|informed|in the loop)", r"newsletter sign-?up"],
    "de": [r"(?:jetzt )?(?:zum |unseren |den )?newsletter (?:abonnieren|bestellen|anmelden)",
           r"(?:jetzt )?für (?:unseren|den) newsletter anmelden", r"newsletter-anmeldung",
           r"abonnieren sie (?:unseren|den) newsletter", r"ihre e-?mail-adresse",
           r"bleiben sie (?:informiert|auf dem laufenden)", r"jetzt abonnieren"],
    "fr": [r"abonnez-vous(?: à (?:notre|la) (?:lettre d'information|newsletter|infolettre))?",
           r"inscrivez-vous à (?:notre|la) (?:lettre d'information|newsletter|infolettre)",
           r"recevez (?:notre|la) (?:newsletter|lettre)", r"votre adresse e-?mail",
           r"restez informés?", r"s'abonner(?: à la newsletter)?", r"inscription à la newsletter",
           r"s'inscrire à (?:notre|la) (?:lettre d'information|newsletter|infolettre)"],
    "es": [r"suscr[ií]b[ae]te(?: a (?:nuestro|nuestra|el|la) (?:boletín|newsletter))?",
           r"suscribirse(?: al boletín)?", r"recibe (?:nuestro|el) (?:boletín|newsletter)",
           r"tu (?:correo|dirección de correo)(?: electrónico)?", r"mantente informado",
           r"apúntate a (?:nuestro|la) (?:boletín|newsletter)"],
    "pt": [r"assine(?: já| agora)? (?:a nossa |nossa |a )?newsletter", r"assine (?:já|agora)",
           r"(?:inscreva-se|subscreva|cadastre-se)(?: (?:na|em) (?:a nossa |nossa )?newsletter)?",
           r"receba (?:a nossa |nossa |as nossas |nossas )?(?:newsletter|novidades)", r"(?:o )?seu (?:endereço de )?e-?mail",
           r"fique (?:por dentro|informado|a par)", r"assinar (?:a )?newsletter"],
    "it": [r"iscriviti(?: (?:alla|alle) (?:nostra |nostre )?newsletter)?", r"abbonati (?:ora|subito)",
           r"ricevi (?:la nostra |la )newsletter", r"(?:il )?tuo indirizzo (?:e-?mail|di posta)",
           r"(?:resta|rimani)(?: sempre)? aggiornat[oia](?: con la (?:nostra )?newsletter)?(?=\W*$)",
           r"iscrizione (?:alla )?newsletter"],
    "nl": [r"schrijf (?:je|u) in(?: voor (?:onze|de) (?:\w+ )?nieuwsbrief)?",
           r"abonneer (?:je|u)(?: op (?:onze|de) (?:\w+ )?nieuwsbrief)?",
           r"meld (?:je|u) aan voor (?:onze|de) (?:\w+ )?nieuwsbrief", r"ontvang (?:onze|de) nieuwsbrief",
           r"(?:je|uw) e-?mailadres", r"blijf (?:op de hoogte|geïnformeerd)", r"(?:aanmelden|inschrijven) (?:voor de )?nieuwsbrief"],
    "ru": [r"(?:подпишитесь|подписывайтесь|подписаться) на (?:нашу |еженедельную |ежедневную )?(?:рассылку|новостную рассылку)",
           r"(?:подпишитесь|подписывайтесь) на наш[иу]? (?:новости|рассылку|дайджест)", r"подписаться на новости",
           r"ваш (?:адрес )?(?:e-?mail|электронной почты)(?=\W*$)", r"будьте в курсе (?:всех |последних )?(?:событий|новостей)"],
    "bg": [r"абонира(?:йте|й) се (?:за |за нашия )?(?:\w+ )?(?:бюлетин(?:а)?|newsletter)", r"(?:запишете|регистрирайте) се за (?:нашия )?(?:бюлетин|newsletter)",
           r"въведете (?:вашия |своя )?(?:имейл|e-?mail)(?: адрес)?", r"(?:вашият |твоят )?(?:имейл|e-?mail) адрес(?=\W*$)"],
    "hr": [r"pretplati(?:te)? se na (?:naš |naše )?(?:\w+ )?(?:newsletter|bilten|novosti)", r"prijavi(?:te)? se na (?:naš )?(?:\w+ )?(?:newsletter|bilten)",
           r"(?:upišite|unesite|unesi) (?:svoju |vašu )?e-?mail adresu", r"(?:vaša |tvoja )?e-?mail adresa(?=\W*$)"],
    "sr": [r"претплати(?:те)? се на (?:наш )?(?:\w+ )?(?:њузлетер|билтен|newsletter)", r"пријави(?:те)? се (?:за|на) (?:наш )?(?:њузлетер|билтен|newsletter)",
           r"унесите (?:своју |вашу )?(?:e-?mail|имејл) адресу"],
    # Thai runs on without spaces: the offer takes the rest of its block.
    "th": [r"สมัคร(?:รับ)?(?:จดหมายข่าว|นิวส์?เลต?เตอร์).*", r"สมัครรับข่าวสาร(?:จากเรา|ทางอีเมล)?", r"(?:กรอก|ใส่)(?:ที่อยู่)?อีเมล(?:ของคุณ)?(?=\W*$)"],
    "ms": [r"langgan (?:surat berita|newsletter|buletin)(?: kami)?", r"(?:daftar|melanggan) (?:untuk )?(?:surat berita|newsletter|buletin)(?: kami)?",
           r"masukkan (?:alamat )?e-?mel(?: anda)?", r"(?:alamat )?e-?mel anda(?=\W*$)"],
    "pl": [r"zapisz się (?:do|na) (?:naszego |nasz )?newslett?er(?:a)?", r"(?:za)?subskrybuj(?: nasz)? newsletter",
           r"zamów newsletter", r"twój (?:adres )?e-?mail(?=\W*$)", r"bądź na bieżąco(?: z najnowszymi (?:informacjami|wiadomościami))?"],
    "tr": [r"(?:e-?)?bültenimize (?:abone olun|kaydolun|üye olun)", r"(?:e-?)?(?:haber )?bültene? (?:abone ol|kaydol|üye ol)(?:un)?",
           r"e-?posta adresiniz(?=\W*$)", r"gelişmelerden haberdar olun"],
    "sv": [r"(?:prenumerera|anmäl dig|registrera dig) (?:på|till|för) (?:vårt |vår |våra )?nyhetsbrev(?:et)?",
           r"få (?:vårt |våra )?nyhetsbrev(?:et)?", r"din e-?postadress(?=\W*$)"],
    "vi": [r"đăng ký (?:nhận )?(?:bản tin|newsletter)(?: (?:của chúng tôi|qua email))?",
           r"nhập (?:địa chỉ )?email(?: của bạn)?", r"(?:địa chỉ )?email của bạn(?=\W*$)"],
    "id": [r"(?:berlangganan|daftar|langganan) (?:ke |untuk )?(?:newsletter|buletin|nawala)(?: kami)?",
           r"masukkan (?:alamat )?email(?: anda)?", r"(?:alamat )?email anda(?=\W*$)"],
    "cs": [r"(?:přihlaste se|přihlásit se|zaregistrujte se) k odběru(?: (?:newsletteru|novinek|zpravodaje))?",
           r"(?:odebírejte|objednejte si) (?:náš )?(?:newsletter|zpravodaj)", r"(?:váš|tvůj) e-?mail(?=\W*$)",
           r"(?:vaše|tvoje) e-?mailová adresa(?=\W*$)", r"zadejte (?:svůj |váš )?e-?mail"],
    "uk": [r"(?:підпишіться|підписуйтесь|підписуйтеся|підписатися) на (?:нашу |щотижневу |щоденну )?(?:розсилку|новинну розсилку)",
           r"(?:підпишіться|підписуйтесь|підписуйтеся) на наш[іу]? (?:новини|розсилку|дайджест)", r"підписатися на новини",
           r"ваш (?:e-?mail|емейл|імейл)(?=\W*$)", r"ваша (?:електронна (?:пошта|адреса)|адреса електронної пошти)(?=\W*$)",
           r"будьте в курсі (?:всіх |усіх |останніх )?(?:подій|новин)"],
    "ro": [r"(?:abonează-te|abona[țţ]i-vă|înscrie-te|înscrie[țţ]i-vă) (?:la |pentru )?(?:newsletter(?:ul)?|buletinul)"
           r"(?: (?:nostru|informativ))*", r"adresa (?:ta |dvs\. )?de e-?mail(?=\W*$)",
           r"introdu(?:ce[țţ]i)? (?:adresa de )?e-?mail(?:ul)?", r"(?:rămâi|rămâne[țţ]i) (?:la curent|informat)"],
    "hu": [r"iratkozz(?:on)? fel (?:a )?(?:hírlevel(?:ünk)?re|hírlevélre)", r"(?:feliratkozás|iratkozás) (?:a )?hírlevél(?:re)?",
           r"hírlevél-?feliratkozás", r"(?:add|adja) meg (?:az )?e-?mail[- ]?cím(?:ed|ét)", r"(?:az )?e-?mail[- ]?címed(?=\W*$)"],
    "ja": [r"(?:メールマガジン|メルマガ|ニュースレター)(?:の|を)?(?:登録|購読|配信登録)(?:する|はこちら)?"],
    "zh": [r"(?:订阅|訂閱)(?:我们的|我們的)?(?:新[闻聞](?:简报|簡報|通讯|通訊)?|电子报|電子報|邮件|郵件|newsletter|简报|簡報)",
           r"立即(?:订阅|訂閱)"],
    "ko": [r"뉴스레터 ?(?:구독|신청)(?: ?하기)?", r"이메일 주소를 입력(?:하세요|해 ?주세요)"],
    # "اشترك" alone is also "took part": only with the newsletter or mailing list.
    "ar": spellings([r"(?:اشترك|اشتركوا|اشتركي|سج(?:ّ)?ل|انضم|انضموا) (?:الآن )?(?:في|ب|إلى) (?:نشرتنا|النشرة|القائمة البريدية|قائمتنا البريدية)",
                     r"(?:أدخل|ادخل) (?:عنوان )?بريدك الإلكتروني", r"(?:احصل على|تلق(?:َّ)?|استلم) (?:آخر|أحدث) (?:الأخبار|المقالات)[^.]{0,40}? (?:في|على|إلى) بريدك"]),
    "fa": spellings([r"(?:عضویت|اشتراک|ثبت‌نام) در خبرنامه", r"(?:در|به) خبرنامه(?: ما)? (?:عضو شوید|بپیوندید)",
                     r"(?:ایمیل|نشانی ایمیل|آدرس ایمیل)(?: خود)? را وارد کنید",
                     r"از (?:آخرین|جدیدترین|تازه‌ترین) (?:اخبار|مطالب)[^.]{0,30}? (?:باخبر|مطلع) شوید"]),
    "he": [r"(?:הירשמו|הירשם|הרשמו|הרשמה|הצטרפו|הצטרף|הצטרפות) ל(?:ניוזלטר|רשימת (?:ה)?תפוצה|עדכונים|דיוור)",
           r"(?:הזינו|הזן|הכניסו|הקלידו) (?:את )?(?:כתובת )?(?:ה)?(?:מייל|אימייל|דוא[\"״]ל)(?: שלכם| שלך)?",
           r"קבלו (?:את )?(?:כל )?(?:ה)?(?:עדכונים|חדשות|כתבות)[^.]{0,30}? (?:למייל|לתיבת הדואר)"],
    "el": spellings([r"(?:εγγραφείτε|γραφτείτε|εγγραφή|γράψου|εγγράψου) (?:τώρα )?(?:στο|στα) (?:newsletter|ενημερωτικό (?:μας )?(?:δελτίο|newsletter))(?: μας)?",
                     r"(?:μείνετε|μείνε) (?:ενημερωμένοι|ενημερωμένος|συντονισμένοι)(?=\W*$)", r"(?:το|η) (?:email|e-mail|διεύθυνση email) σας(?=\W*$)"]),
    "hi": spellings([r"(?:हमारे )?न्यूज़लेटर (?:की सदस्यता लें|को सब्सक्राइब करें|के लिए (?:साइन अप|रजिस्टर) करें|सब्सक्राइब करें)",
                     r"(?:अपना )?ईमेल(?: पता)? (?:दर्ज करें|डालें|लिखें)", r"सब्सक्राइब करें"]),
    "da": [r"tilmeld dig (?:vores |vort |det |gratis )?(?:\w+ )?nyhedsbrev(?:et)?", r"(?:abonn[eé]r|skriv dig op) på (?:vores |vort |det )?(?:\w+ )?nyhedsbrev(?:et)?",
           r"få (?:vores|vort|det) (?:\w+ )?nyhedsbrev(?:et)?", r"din e-?mail(?:-?adresse)?(?=\W*$)", r"hold dig opdateret(?=\W*$)"],
    "fi": [r"tilaa (?:\w+ )?uutiskirje(?:emme|et)?", r"liity (?:\w+ )?uutiskirjeen tilaajaksi", r"(?:tilaa|saat) (?:\w+ )?uutiskirjeen",
           r"sähköpostiosoitteesi(?=\W*$)", r"pysy ajan tasalla(?=\W*$)"],
    "no": [r"(?:meld deg på|abonner på|registrer deg for) (?:vårt |vår |det |våre )?(?:\w+ )?nyhe(?:i)?tsbrev(?:et)?",
           r"få (?:vårt|det) (?:\w+ )?nyhe(?:i)?tsbrev(?:et)?", r"(?:din e-?postadresse|e-?postadressa di)(?=\W*$)",
           r"hold deg oppdatert(?=\W*$)"],
    "sk": [r"(?:prihláste sa|prihlásiť sa|zaregistrujte sa) (?:na|k) odber(?:u)?(?: (?:newslettera|noviniek|newsletteru))?",
           r"(?:odoberajte|objednajte si) (?:náš )?newsletter", r"(?:váš e-?mail|vaša e-?mailová adresa)(?=\W*$)", r"buďte v obraze(?=\W*$)"],
    "ca": [r"subscriu-te (?:al|als) (?:nostres? )?(?:\w+ )?butllet(?:í|ins)", r"(?:apunta't|inscriu-te|registra't) (?:al|als) (?:nostres? )?(?:\w+ )?butllet(?:í|ins)",
           r"rep (?:el nostre |els nostres )?(?:\w+ )?butllet(?:í|ins)", r"(?:el teu correu(?: electrònic)?|la teva adreça (?:electrònica|de correu))(?=\W*$)",
           r"estigues al dia(?=\W*$)"],
}  # fmt: skip
_CONTACT = {
    "en": [r"call us(?: now| today)?", r"contact us(?: now| today)?", r"get in touch(?: with us)?",
           r"(?:have|got) a (?:news )?tip", r"send us (?:a |your )?(?:news )?tips?", r"contact the (?:reporter|author|writer)",
           r"write to (?:[\w.'’-]+ ){1,4}at [\w.+-]+@",
           r"we(?: are|'re) looking forward to (?:your message|hearing from you)",
           r"we look forward to (?:your message|hearing from you)", r"send us a message", r"write to us",
           r"request a (?:demo|quote|call ?back)", r"book a (?:demo|call|consultation)"],
    "de": [r"rufen sie uns an", r"kontaktieren sie uns", r"kontakt aufnehmen", r"schreiben sie uns",
           r"haben sie einen (?:hinweis|tipp)",
           r"wir freuen uns auf ihre (?:nachricht|anfrage|kontaktaufnahme)", r"jetzt (?:kontakt|anfragen)",
           r"sprechen sie uns an", r"rückruf anfordern"],
    "fr": [r"contactez-nous", r"appelez-nous", r"écrivez-nous", r"prenez contact avec nous",
           r"vous avez une (?:info|information)",
           r"nous attendons votre (?:message|demande)", r"au plaisir de vous lire",
           r"demander un devis", r"demandez une démo"],
    "es": [r"cont[aá]cte(?:nos|anos)", r"contáctanos", r"llámanos", r"llámenos", r"escríbenos",
           r"¿?tienes una (?:pista|noticia)",
           r"esperamos (?:tu|su) (?:mensaje|consulta)", r"solicita (?:una demo|un presupuesto)"],
    "pt": [r"entre em conta(?:c)?to(?: conosco)?", r"fale conosco", r"contacte-nos", r"contate-nos", r"ligue-nos",
           r"escreva-nos", r"aguardamos (?:o seu |seu |a sua |sua )?(?:mensagem|contato|contacto)",
           r"(?:solicite|peça) (?:um orçamento|uma demonstração)"],
    "it": [r"contattaci", r"contattateci", r"chiamaci", r"scrivici", r"mettiti in contatto(?: con noi)?",
           r"(?:attendiamo|aspettiamo) (?:il tuo|il vostro|un tuo) messaggio", r"richiedi (?:un preventivo|una demo)"],
    "nl": [r"neem contact met ons op", r"bel ons(?: nu| vandaag)?", r"mail ons", r"stuur ons een bericht",
           r"wij kijken uit naar (?:je|uw) bericht", r"vraag (?:een offerte|een demo) aan"],
    "ru": [r"свяжитесь с нами", r"позвоните нам", r"напишите нам", r"обратная связь(?=\W*$)"],
    "bg": [r"свържете се с нас", r"обадете ни се", r"пишете ни", r"(?:поискайте|заявете) оферта"],
    "hr": [r"kontaktirajte nas", r"javite nam se", r"nazovite nas", r"pišite nam", r"zatražite ponudu"],
    "sr": [r"контактирајте нас", r"јавите нам се", r"позовите нас", r"пишите нам", r"затражите понуду"],
    "th": [r"ติดต่อเรา(?=\W*$)", r"ติดต่อสอบถาม(?=\W*$)", r"ขอใบเสนอราคา(?=\W*$)"],
    "ms": [r"hubungi kami", r"hantar (?:mesej|pertanyaan) kepada kami", r"telefon kami", r"dapatkan sebut harga"],
    "pl": [r"skontaktuj się z nami", r"zadzwoń do nas", r"napisz do nas"],
    "tr": [r"(?:bize|bizimle) (?:ulaşın|iletişime geçin)", r"bizi arayın", r"bize yazın"],
    "sv": [r"kontakta oss", r"ring oss", r"skriv till oss", r"hör av dig(?: till oss)?"],
    "vi": [r"liên hệ (?:với )?chúng tôi", r"gọi (?:cho )?chúng tôi", r"gửi (?:tin nhắn|email|thư) cho chúng tôi",
           r"yêu cầu báo giá"],
    "id": [r"hubungi kami", r"(?:kirim|kirimkan) pesan (?:kepada|ke) kami", r"telepon kami", r"minta penawaran(?: harga)?"],
    "cs": [r"kontaktujte nás", r"zavolejte nám", r"napište nám", r"ozvěte se nám", r"(?:vyžádejte|poptejte) si (?:nabídku|demo)"],
    "uk": [r"зв[’'ʼ]?яжіться з нами", r"зателефонуйте нам", r"напишіть нам", r"зворотний зв[’'ʼ]?язок(?=\W*$)"],
    "ro": [r"contacta[țţ]i-ne", r"contactează-ne", r"sună-ne", r"suna[țţ]i-ne", r"scrie-ne", r"scrie[țţ]i-ne",
           r"(?:solicită|cere) o ofertă"],
    "hu": [r"(?:lépjen|lépj) kapcsolatba velünk", r"vegye fel velünk a kapcsolatot", r"(?:hívjon|hívj) minket",
           r"(?:írjon|írj) nekünk", r"(?:kérjen|kérj) (?:árajánlatot|ajánlatot)"],
    "ja": [r"お問い?合わ?せ(?:はこちら)?(?=\W*$)"],
    "zh": [r"[联聯][系繫]我[们們](?=\W*$)"],
    "ko": [r"문의하기", r"(?:지금 )?문의(?:해| ?주세요| ?하세요)"],
    # "اتصل بنا", "צרו קשר" also open a news story's sentence ("one of them called us"; a police appeal):
    # alone in their block only.
    "ar": spellings([r"(?:اتصل|اتصلوا|تواصل|تواصلوا) (?:بنا|معنا)(?=\W*$)", r"راسلنا", r"راسلونا", r"لا تتردد في (?:التواصل معنا|الاتصال بنا)",
                     r"يسعدنا (?:تواصلك|تواصلكم|استقبال رسائلكم)"]),
    "fa": spellings([r"(?:تماس|ارتباط) با ما(?=\W*$)", r"با ما (?:تماس بگیرید|در تماس باشید|در ارتباط باشید)"]),
    "he": [r"(?:צור|צרו) (?:איתנו|עמנו) קשר", r"(?:צור|צרו) קשר(?=\W*$)", r"התקשרו אלינו", r"(?:השאירו|השאר) פרטים",
           r"נשמח לשמוע (?:ממך|מכם)"],
    "el": spellings([r"επικοινωνήστε μαζί μας", r"(?:καλέστε|τηλεφωνήστε) (?:μας|σε εμάς)", r"(?:στείλτε|γράψτε) μας(?: (?:ένα )?(?:μήνυμα|email))?"]),
    "hi": spellings([r"(?:हमसे )?संपर्क करें", r"हमें (?:कॉल करें|लिखें|ईमेल करें)"]),
    "da": [r"kontakt os", r"ring til os(?: i dag| nu)?", r"skriv til os", r"send os en (?:besked|mail|e-mail)",
           r"vi (?:glæder os til|ser frem til) at høre fra dig"],
    "fi": [r"ota (?:meihin yhteyttä|yhteyttä meihin)", r"soita meille", r"lähetä meille (?:viesti|sähköpostia)", r"pyydä tarjous"],
    "no": [r"kontakt oss", r"ring oss(?: i dag| nå)?", r"skriv til oss", r"send oss en (?:melding|e-?post)", r"ta kontakt med oss",
           r"vi ser fram til å høre fra deg"],
    "sk": [r"kontaktujte nás", r"zavolajte nám", r"napíšte nám", r"ozvite sa nám", r"(?:vyžiadajte|objednajte) si (?:ponuku|demo)"],
    "ca": [r"contacta(?:'ns| amb nosaltres)", r"posa't en contacte amb nosaltres", r"truca'ns", r"escriu-nos", r"envia'ns un (?:missatge|correu)",
           r"demana (?:un pressupost|una demo)"],
}  # fmt: skip
# An icon font's ligature, copied as its name before a link's label: "chevron_left Browse all posts".
_ICON_NAME = r"(?:(?:chevron|arrow|keyboard_arrow|navigate)_(?:left|right|back|forward|before|next|up|down) )?"
_READ_MORE = {
    "en": [r"read more", r"continue reading", rf"{_ICON_NAME}(?:browse|view|see) all (?:posts|articles|stories|news)", r"read the (?:full )?(?:story|article)", r"learn more",
           r"find out more", r"more info", r"see more", r"(?:view|see|show) all(?: \(?\d+\)?)?", r"download (?:the )?app",
           r"read later"],
    "de": [r"weiterlesen", r"mehr lesen", r"mehr erfahren", r"mehr dazu", r"alle(?: \(?\d+\)?)? anzeigen",
           r"mehr anzeigen", r"später lesen"],
    "fr": [r"lire la suite", r"en savoir plus", r"lire plus", r"voir plus", r"voir tout(?: \(?\d+\)?)?", r"lire plus tard"],
    "es": [r"leer más", r"seguir leyendo", r"saber más", r"ver más", r"ver todo(?:s)?(?: \(?\d+\)?)?", r"leer más tarde"],
    "pt": [r"leia mais", r"ler mais", r"continue lendo", r"continu(?:ar|e) a ler", r"saiba mais", r"ver mais", r"ver tudo"],
    "it": [r"leggi (?:di più|tutto|l'articolo(?: completo)?)", r"continua a leggere", r"scopri di più", r"per saperne di più",
           r"mostra (?:di più|altro|tutto)", r"vedi (?:tutto|tutti|altro)"],
    "nl": [r"lees meer", r"lees verder", r"lees het (?:volledige|hele) artikel", r"verder lezen", r"meer lezen", r"meer (?:info|informatie)",
           r"bekijk (?:alles|meer)", r"alles bekijken"],
    "ru": [r"читать (?:далее|дальше|полностью|ещё|еще|статью)", r"подробнее", r"узнать больше", r"далее",
           r"(?:смотреть|показать) (?:все|всё|больше)", r"все (?:новости|статьи|материалы)"],
    "bg": [r"(?:прочетете|прочети) (?:повече|цялата статия|цялата новина)", r"продължете да четете", r"(?:виж|вижте|покажи) (?:повече|всички)",
           r"научете повече", r"всички новини", r"още"],
    "hr": [r"(?:pročitaj|pročitajte) (?:više|cijeli članak|ceo članak|cijelu vijest|opširnije)", r"(?:čitaj|čitajte) dalje", r"nastavi(?:te)? čitati",
           r"opširnije", r"saznaj(?:te)? više", r"(?:prikaži|pogledaj(?:te)?|vidi) (?:više|sve)", r"više", r"sve vijesti", r"sve vesti"],
    "sr": [r"(?:прочитај|прочитајте) (?:више|цео чланак|опширније)", r"(?:читај|читајте) даље", r"опширније", r"сазнај(?:те)? више",
           r"(?:прикажи|погледај(?:те)?) (?:више|све)", r"више", r"све вести"],
    "th": [r"อ่าน(?:ต่อ|เพิ่มเติม|ทั้งหมด|บทความเต็ม|ข่าวเต็ม)", r"คลิก(?:อ่าน(?:ต่อ|เพิ่มเติม)?|ที่นี่)", r"(?:ดู|แสดง)(?:เพิ่มเติม|ทั้งหมด)",
           r"(?:ดู)?ข่าวทั้งหมด"],
    "ms": [r"baca (?:lagi|selanjutnya|seterusnya|artikel penuh|sepenuhnya)", r"teruskan membaca", r"lihat (?:semua|lagi|selanjutnya)",
           r"ketahui lebih lanjut", r"selanjutnya"],
    "pl": [r"czytaj (?:dalej|więcej)", r"(?:zobacz|pokaż) (?:więcej|wszystkie)", r"dowiedz się więcej", r"więcej"],
    "tr": [r"devamını oku", r"haberin devamı", r"devamı(?: için tıklayın)?", r"daha fazla(?: oku| göster| bilgi)?",
           r"(?:tümünü|hepsini) (?:gör|göster)"],
    "sv": [r"läs mer", r"läs vidare", r"fortsätt läsa", r"visa (?:mer|alla)", r"se alla"],
    "vi": [r"xem thêm", r"đọc thêm", r"đọc tiếp", r"xem tiếp", r"xem chi tiết", r"chi tiết", r"xem tất cả",
           r"đọc (?:toàn bộ|đầy đủ) bài(?: viết)?", r"tìm hiểu thêm", r"tải ứng dụng"],
    "id": [r"baca (?:selengkapnya|lebih lanjut|artikel lengkap(?:nya)?)", r"(?:simak )?selengkapnya", r"lanjut(?:kan)? membaca",
           r"lihat (?:semua|selengkapnya|lainnya|lebih banyak)", r"pelajari lebih lanjut", r"(?:unduh|download) aplikasi"],
    "cs": [r"číst (?:dál|dále|více|celý článek)", r"pokračovat ve čtení", r"celý článek", r"přečtěte si (?:celý článek|více)",
           r"(?:zobrazit|zobraz) (?:více|vše|všechny)", r"více informací", r"(?:zjistit|zjistěte|dozvědět se|dozvíte se) více", r"více"],
    "uk": [r"читати (?:далі|повністю|більше|ще|статтю)", r"докладніше", r"детальніше", r"дізнатися більше",
           r"(?:дивитися|показати) (?:все|всі|усі|більше)", r"(?:всі|усі) (?:новини|статті|матеріали)", r"далі"],
    "ro": [r"cite[șş]te (?:mai mult|mai departe|tot|continuarea|articolul(?: complet)?)",
           r"citi[țţ]i (?:mai mult|mai departe|continuarea|tot articolul|articolul complet)",
           r"(?:vezi|vede[țţ]i) (?:mai mult|mai multe|toate|tot)", r"afl(?:ă|a[țţ]i) mai multe",
           r"mai multe (?:detalii|informa[țţ]ii)", r"detalii"],
    "hu": [r"tovább(?: olvasom| a cikkhez)?", r"(?:tovább|teljes cikk) olvasása", r"(?:a )?teljes cikk", r"bővebben",
           r"(?:az )?összes (?:megtekintése|hír|cikk)", r"(?:mutass )?többet", r"részletek", r"(?:tudjon|tudj) meg többet"],
    "ja": [r"続きを読む", r"もっと(?:見る|読む)", r"(?:詳しく|詳細)(?:は|を)?(?:こちら|見る)", r"(?:記事|全文)を読む",
           r"一覧(?:を見る|へ)", r"すべて(?:を)?(?:見る|表示)"],
    "zh": [r"[阅閱][读讀](?:全文|更多|原文)", r"查看(?:更多|全文|详情|詳情)", r"了解更多", r"更多", r"[显顯]示更多", r"展[开開]全文"],
    "ko": [r"더 ?보기", r"더 알아보기", r"자세히 ?보기", r"(?:기사 )?전체 ?보기", r"계속 ?읽기", r"기사 더보기"],
    "ar": spellings([r"(?:اقرأ|إقرأ|قراءة) المزيد", r"(?:تابع|أكمل|متابعة|إكمال) القراءة", r"المزيد", r"(?:عرض|شاهد|مشاهدة) (?:الكل|المزيد|الجميع)",
                     r"اقرأ (?:المقال|الخبر) (?:كامل(?:اً|ًا|ا)?)"]),
    "fa": spellings([r"ادامه(?: (?:مطلب|خبر|مطالعه|مقاله|نوشته))?", r"بیشتر بدانید", r"(?:مشاهده|نمایش) (?:بیشتر|همه)", r"بیشتر"]),
    "he": [r"(?:קרא|קראו|קראי) עוד", r"(?:ל)?המשך (?:ה)?קריאה", r"המשך לקרוא", r"לכתבה המלאה", r"לכל ה(?:כתבות|חדשות|מאמרים)",
           r"(?:לפרטים|למידע) נוספ(?:ים)?", r"הצג הכל", r"עוד"],
    "el": spellings([r"(?:διαβάστε|διάβασε|δείτε|δες|μάθετε|μάθε) περισσότερα", r"περισσότερα", r"συνέχεια(?: (?:ανάγνωσης|του άρθρου|εδώ))?",
                     r"(?:δείτε|δες) (?:όλα|όλες|όλους)"]),
    "hi": spellings([r"(?:और|आगे|अधिक|ज़्यादा) पढ़ें", r"(?:पूरी|पूरा) (?:खबर|लेख|स्टोरी|आर्टिकल) पढ़ें", r"विस्तार से पढ़ें",
                     r"(?:और|सभी|सारे) देखें", r"(?:अधिक|और) जानें"]),
    "da": [r"læs (?:mere|videre|hele (?:artiklen|historien))", r"fortsæt (?:med at )?læs(?:e|ning)", r"se (?:mere|alle|flere)", r"vis alle",
           r"mere info(?:rmation)?", r"få mere at vide"],
    "fi": [r"lue (?:lisää|koko (?:artikkeli|juttu))", r"jatka lukemista", r"näytä kaikki", r"katso kaikki", r"lisätietoja"],
    "no": [r"les (?:mer|meir|videre|hele (?:artikkelen|saken)|heile saka)", r"fortsett å lese", r"se (?:mer|alle|flere)", r"vis alle",
           r"mer info(?:rmasjon)?"],
    "sk": [r"čítať (?:ďalej|viac|celý článok)", r"pokračovať v čítaní", r"celý článok", r"prečítajte si (?:celý článok|viac)",
           r"viac info(?:rmácií)?", r"zobraziť (?:všetko|všetky|viac)", r"všetky (?:správy|články)"],
    "ca": [r"llegeix (?:més|l'article sencer|la notícia sencera)", r"llegir més", r"continua llegint", r"més informació",
           r"(?:veure|mostra(?:r)?) (?:més|tot|tots|totes)", r"saber-ne més"],
}  # fmt: skip

# The pitch: a question or offer to the reader, plus an invitation to contact.
_PITCH_INVITATION = PhraseMatchers({
    "en": [r"(?:feel free to |please )?contact us", r"get in touch", r"reach out to us", r"call us",
           r"drop us a line", r"talk to (?:us|our experts)"],
    "de": [r"kontaktieren sie uns", r"sprechen sie uns (?:gerne |jederzeit )?an", r"melden sie sich",
           r"rufen sie uns (?:gerne |jederzeit )?an",
           r"nehmen sie kontakt"],
    "fr": [r"contactez-nous", r"n'hésitez pas à nous contacter", r"prenez contact"],
    "es": [r"cont[aá]ct(?:enos|anos)", r"contacte con nosotros", r"no dude en contactarnos",
           r"póngase en contacto", r"escríbenos"],
    # "Entre em contacto com a junta", "Neem dan contact op met de politie": a news story's
    # appeal names someone else; the pitch says "us".
    "pt": [r"entre em conta(?:c)?to (?:connosco|conosco)", r"fale (?:connosco|conosco)", r"conta(?:c)?te-nos",
           r"não hesite em (?:nos conta(?:c)?tar|conta(?:c)?tar-nos)", r"ligue-nos", r"escreva-nos"],
    "it": [r"contattaci", r"contattateci", r"non esit(?:are|ate) a contattarci",
           r"mett(?:iti|etevi) in contatto con noi", r"chiamaci", r"scrivici", r"scriveteci"],
    "nl": [r"neem (?:dan )?(?:gerust |vrijblijvend )?contact met ons op",
           r"neem (?:dan )?(?:gerust|vrijblijvend) contact op", r"bel ons(?: gerust| vrijblijvend)?",
           r"mail ons", r"stuur ons een (?:bericht|e-?mail)"],
    "vi": [r"(?:hãy |vui lòng )?liên hệ (?:với )?chúng tôi", r"gọi (?:ngay )?cho chúng tôi"],
    "id": [r"(?:silakan |jangan ragu untuk )?hubungi kami"],
    "cs": [r"kontaktujte nás", r"neváhejte nás kontaktovat", r"ozvěte se nám", r"zavolejte nám"],
    "uk": [r"зв[’'ʼ]?яжіться з нами", r"звертайтеся до нас", r"зателефонуйте нам"],
    "ro": [r"contacta[țţ]i-ne", r"contactează-ne", r"nu ezita[țţ]i să ne contacta[țţ]i", r"nu ezita să ne contactezi",
           r"sună-ne", r"suna[țţ]i-ne"],
    "hu": [r"(?:lépjen|lépj) kapcsolatba velünk", r"vegye fel velünk a kapcsolatot", r"keressen minket", r"(?:hívjon|hívj) minket"],
    "el": spellings([r"επικοινωνήστε (?:μαζί μας|με την ομάδα μας)", r"μη διστάσετε να επικοινωνήσετε μαζί μας", r"(?:καλέστε|τηλεφωνήστε) μας"]),
    "da": [r"kontakt os", r"(?:tag|tage) (?:gerne )?kontakt (?:til|med) os", r"(?:ring|skriv) (?:gerne )?til os", r"hør nærmere"],
    "fi": [r"ota (?:meihin yhteyttä|yhteyttä meihin)", r"soita meille"],
    "no": [r"kontakt oss", r"ta (?:gjerne )?kontakt med oss", r"(?:ring|skriv) (?:gjerne )?til oss"],
    "sk": [r"kontaktujte nás", r"neváhajte nás kontaktovať", r"ozvite sa nám", r"zavolajte nám"],
    "ca": [r"contacta(?:'ns| amb nosaltres)", r"posa't en contacte amb nosaltres", r"truca'ns", r"escriu-nos"],
}, "contains")  # fmt: skip
_PITCH_OFFER = PhraseMatchers({
    "en": [r"are you looking for", r"do you need", r"looking for (?:a|an|the)", r"we (?:will|can) (?:help|find)",
           r"our (?:team|experts|consultants)", r"we offer", r"your career", r"your (?:next|new) (?:job|role)"],
    "de": [r"suchen sie", r"sind sie auf der suche", r"wir (?:helfen|finden|unterstützen|beraten)",
           r"ihre karriere"],
    "fr": [r"vous cherchez", r"vous recherchez", r"nous (?:vous aid(?:ons|erons)|trouv(?:ons|erons))",
           r"votre carrière"],
    "es": [r"¿?buscas", r"¿?está buscando", r"le ayudamos", r"te ayudamos", r"tu carrera",
           r"encontr(?:amos|aremos)"],
    "pt": [r"(?:está|estás) à procura de", r"(?:está|você está) procurando", r"procura (?:um|uma)",
           r"precisa de (?:um|uma|ajuda)", r"(?:nós )?(?:o |a )?ajudamos", r"podemos ajudar", r"encontr(?:amos|aremos)",
           r"(?:a )?(?:nossa equipa|nossa equipe)", r"(?:os )?nossos (?:consultores|especialistas)",
           r"(?:a )?sua carreira", r"(?:o )?seu próximo (?:emprego|desafio)"],
    "it": [r"stai cercando", r"state cercando", r"cerc(?:hi|ate) (?:un|una|il|la)", r"(?:hai|avete) bisogno di",
           r"(?:ti|vi) aiut(?:iamo|eremo)", r"possiamo aiutar(?:ti|vi)", r"trov(?:iamo|eremo)", r"il nostro team",
           r"i nostri (?:consulenti|esperti)", r"la (?:tua|vostra) carriera"],
    "nl": [r"(?:bent u|ben je) op zoek naar", r"zoekt u", r"zoek je (?:een|naar)", r"(?:heeft u|heb je) (?:hulp|behoefte)",
           r"(?:wij|we) helpen (?:u|je)", r"(?:wij|we) vinden", r"ons team", r"onze (?:adviseurs|consultants|experts|specialisten)",
           r"(?:uw|jouw|je) (?:carrière|volgende (?:baan|stap))"],
    "vi": [r"bạn (?:đang )?(?:tìm kiếm|cần)", r"chúng tôi (?:sẽ )?(?:giúp|hỗ trợ|tìm)", r"(?:đội ngũ|chuyên gia) của chúng tôi",
           r"sự nghiệp của bạn"],
    "id": [r"(?:apakah )?anda (?:sedang )?(?:mencari|membutuhkan)", r"kami (?:siap )?(?:membantu|menemukan)", r"tim (?:ahli )?kami",
           r"karier anda"],
    "cs": [r"hledáte", r"potřebujete", r"(?:rádi )?vám pomůžeme", r"najdeme (?:vám|pro vás)", r"náš tým",
           r"naši (?:konzultanti|odborníci|specialisté)", r"vaše kariéra"],
    "uk": [r"(?:ви )?шукаєте", r"вам потрібн(?:а|ий|е|о)", r"ми (?:допоможемо|знайдемо)", r"наша команда",
           r"наші (?:консультанти|експерти|фахівці)", r"вашої кар[’'ʼ]?єри"],
    "ro": [r"(?:sunte[țţ]i|e[șş]ti) în căutarea", r"căuta[țţ]i (?:un|o)", r"ave[țţ]i nevoie de", r"(?:vă|te) (?:ajutăm|putem ajuta)",
           r"echipa noastră", r"consultan[țţ]ii no[șş]tri", r"cariera (?:ta|dumneavoastră)"],
    "hu": [r"(?:ön )?(?:keres|keresel) (?:egy|új)", r"szüksége van", r"segítünk", r"megtaláljuk", r"csapatunk", r"szakértőink",
           r"(?:az ön|a te) karrierje"],
    "el": spellings([r"(?:ψάχνετε|αναζητάτε|αναζητείτε) (?:για )?(?:έναν?|μια|νέο|νέα)", r"χρειάζεστε", r"(?:σας )?βοηθάμε", r"μπορούμε να σας βοηθήσουμε",
                     r"η ομάδα μας", r"οι (?:σύμβουλοί|ειδικοί) μας", r"την καριέρα σας"]),
    "da": [r"(?:søger|leder) (?:du|i) (?:efter )?(?:en|et|ny|nye)", r"har (?:du|i) brug for", r"vi (?:hjælper|finder|kan hjælpe)",
           r"vores (?:team|eksperter|konsulenter|rådgivere)", r"din (?:karriere|næste stilling)"],
    "fi": [r"etsitkö", r"tarvitsetko", r"autamme (?:sinua|teitä)", r"tiimimme", r"asiantuntijamme", r"urasi"],
    "no": [r"(?:ser|leter) (?:du|dere) etter (?:en|et|ny|nye)", r"trenger (?:du|dere)", r"vi (?:hjelper|finner|kan hjelpe)",
           r"vårt team", r"våre (?:eksperter|konsulenter|rådgivere)", r"din (?:karriere|neste stilling)"],
    "sk": [r"hľadáte", r"potrebujete", r"(?:radi )?vám pomôžeme", r"nájdeme (?:vám|pre vás)", r"náš tím", r"vašu kariéru"],
    "ca": [r"(?:estàs|esteu) buscant", r"busques", r"necessites", r"(?:t'|us )ajudem", r"el nostre equip", r"la teva carrera"],
}, "contains")  # fmt: skip
PITCH_MAX_WORDS = 70
PITCH_MIN_POSITION = 0.5
# An invitation to contact without an offer counts only when short and at the very end.
PITCH_ALONE_MAX_WORDS = 30
PITCH_ALONE_MIN_POSITION = 0.75


# Someone quoted in a story ("«Contattateci se vedete fumo», ha detto il comandante") is
# reported speech; a pitch is the site speaking in its own voice, outside quotation marks.
_QUOTATION = re.compile(r'«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"')


def _pitch(block: Block, page: Page) -> str | None:
    f = block.features
    if f.position < PITCH_MIN_POSITION:
        return None
    text = f.normalized
    if any(mark in f.visible for mark in '«“„"'):
        text = _QUOTATION.sub(" ", " ".join(f.visible.lower().split()))
    invite = _PITCH_INVITATION.for_language(page.language).search(text)
    if invite is None:
        return None
    offer = _PITCH_OFFER.for_language(page.language).search(text)
    if offer:
        return f"pitch '{offer.group(0)}' ... '{invite.group(0)}' near the end of the page"
    if f.words <= PITCH_ALONE_MAX_WORDS and f.position >= PITCH_ALONE_MIN_POSITION:
        return f"invitation '{invite.group(0)}' at the end of the page"
    return None


# A box title or button that is nothing but the word.
_NEWSLETTER_LABELS = {
    "en": [r"newsletter", r"subscribe", r"sign up", r"join now", r"e-?mail newsletter"],
    "de": [r"newsletter", r"abonnieren", r"anmelden"],
    "fr": [r"newsletter", r"infolettre", r"s'abonner", r"lettre d'information"],
    "es": [r"boletín", r"newsletter", r"suscribirse", r"suscríbete"],
    "pt": [r"newsletter", r"boletim(?: informativo)?", r"assinar", r"inscreva-se", r"subscrever"],
    "it": [r"newsletter", r"iscriviti", r"abbonati"],
    "nl": [r"nieuwsbrief", r"inschrijven", r"abonneren"],
    "ru": [r"рассылка", r"подписаться", r"подписка на (?:рассылку|новости)"],
    "bg": [r"бюлетин", r"абонамент", r"абонирай(?:те)? се"],
    "hr": [r"newsletter", r"bilten", r"pretplata", r"pretplati(?:te)? se"],
    "sr": [r"њузлетер", r"билтен", r"претплата", r"претплати(?:те)? се"],
    "th": [r"จดหมายข่าว", r"นิวส์?เลต?เตอร์", r"สมัครรับข่าวสาร"],
    "ms": [r"surat berita", r"langgan", r"melanggan"],
    "pl": [r"newsletter", r"subskrybuj", r"zapisz się"],
    "tr": [r"(?:e-?)?bülten", r"abone ol", r"kaydol"],
    "sv": [r"nyhetsbrev(?:et)?", r"prenumerera"],
    "vi": [r"bản tin", r"nhận bản tin", r"đăng ký nhận tin"],
    "id": [r"buletin", r"nawala", r"berlangganan", r"langganan"],
    "cs": [r"newsletter", r"odběr novinek", r"přihlásit k odběru", r"odebírat"],
    "uk": [r"розсилка", r"підписатися", r"підписка на (?:розсилку|новини)"],
    "ro": [r"newsletter", r"abonează-te", r"abonare"],
    "hu": [r"hírlevél", r"feliratkozás", r"iratkozz(?:on)? fel"],
    "ja": [r"メルマガ(?:登録)?", r"メールマガジン", r"ニュースレター"],
    "zh": [r"(?:邮件)?订阅", r"(?:郵件)?訂閱", r"电子报"],
    "ko": [r"뉴스레터", r"구독(?: ?하기)?"],
    "ar": spellings([r"النشرة (?:البريدية|الإخبارية)", r"اشترك(?: الآن)?", r"اشتراك"]),
    "fa": spellings([r"خبرنامه", r"عضویت(?: در خبرنامه)?", r"اشتراک", r"مشترک شوید"]),
    "he": [r"ניוזלטר", r"הירשמו", r"הצטרפו"],
    "el": spellings([r"εγγραφείτε", r"γραφτείτε", r"ενημερωτικό δελτίο"]),
    "hi": spellings([r"न्यूज़लेटर", r"सब्सक्राइब(?: करें)?", r"सदस्यता लें"]),
    "da": [r"nyhedsbrev(?:et)?", r"tilmeld(?: dig)?", r"abonn[eé]r"],
    "fi": [r"uutiskirje", r"tilaa uutiskirje", r"tilaa"],
    "no": [r"nyhe(?:i)?tsbrev(?:et)?", r"abonner", r"meld deg på"],
    "sk": [r"newsletter", r"odber noviniek", r"prihlásiť (?:sa )?na odber", r"odoberať"],
    "ca": [r"butlletí", r"newsletter", r"subscriu-te", r"subscriure's"],
}  # fmt: skip

# A short teaser that ends in the sign-up verb: "New essays every month - sign up here".
_NEWSLETTER_ENDINGS = {
    "en": [r"sign up(?: here| now| today| for free)?", r"subscribe(?: here| now| today| for free)?",
           r"join (?:us|now|today)"],
    "de": [r"(?:jetzt |hier )?(?:anmelden|abonnieren|registrieren)"],
    "fr": [r"inscrivez-vous(?: ici)?", r"abonnez-vous(?: ici)?"],
    "es": [r"apúntate(?: aquí)?", r"suscr[ií]bete(?: aquí)?", r"regístrate(?: aquí)?"],
    # A bare "assine", "abbonati" or "aanmelden" also ends sentences ("que o presidente assine",
    # "trecentomila abbonati", "kunnen zich vrijdag aanmelden"): only with "now" or "here".
    "pt": [r"inscreva-se(?: aqui| já)?", r"assine (?:aqui|já|agora)", r"cadastre-se(?: aqui)?"],
    "it": [r"iscriviti(?: qui| ora| subito)?", r"abbonati (?:qui|ora|subito)"],
    "nl": [r"(?:schrijf|meld) (?:je|u) (?:hier |nu )?(?:in|aan)", r"(?:hier|nu) (?:inschrijven|aanmelden|abonneren)"],
    "ru": [r"подпи(?:шитесь|сывайтесь)", r"подписаться"],
    "bg": [r"абонирай(?:те)? се(?: тук| сега)?"],
    "hr": [r"pretplati(?:te)? se(?: ovdje| ovde| odmah| sada)?", r"prijavi(?:te)? se (?:ovdje|ovde|odmah|sada)"],
    "sr": [r"претплати(?:те)? се(?: овде| одмах| сада)?", r"пријави(?:те)? се (?:овде|одмах|сада)"],
    "th": [r"สมัคร(?:รับ)?(?:เลย|ที่นี่|ตอนนี้|ฟรี)"],
    "ms": [r"(?:langgan|daftar) (?:sekarang|di sini)"],
    "pl": [r"zapisz się(?: tutaj| teraz)?"],
    "tr": [r"abone olun", r"kaydolun"],
    "sv": [r"(?:prenumerera|anmäl dig)(?: här| nu)"],
    "vi": [r"đăng ký (?:ngay|tại đây)"],
    "id": [r"(?:daftar|berlangganan) (?:sekarang|di sini)"],
    "cs": [r"přihlaste se k odběru", r"(?:přihlaste se|zaregistrujte se) (?:zde|nyní|teď)"],
    "uk": [r"підпи(?:шіться|суйтесь|суйтеся)"],
    "ro": [r"abonează-te(?: aici| acum)?", r"abona[țţ]i-vă(?: aici| acum)?", r"înscrie-te (?:aici|acum)"],
    "hu": [r"iratkozz(?:on)? fel(?: most| itt)?"],
    "ar": spellings([r"اشترك(?: الآن| هنا)"]),
    "fa": spellings([r"(?:عضو|مشترک) شوید"]),
    "he": [r"(?:הירשמו|הרשמו)(?: עכשיו| כאן)?"],
    "el": spellings([r"(?:εγγραφείτε|γραφτείτε)(?: τώρα| εδώ)?"]),
    "hi": spellings([r"(?:अभी )?सब्सक्राइब करें"]),
    "da": [r"tilmeld dig(?: her| nu)?"],
    "fi": [r"tilaa (?:tästä|nyt)", r"tilaa uutiskirje(?: tästä| nyt)?"],
    "no": [r"(?:meld deg på|abonner) (?:her|nå)"],
    "sk": [r"prihláste sa (?:na odber|k odberu)", r"(?:prihláste sa|zaregistrujte sa) (?:tu|teraz)"],
    "ca": [r"subscriu-te(?: aquí| ara)?", r"(?:apunta't|inscriu-te) (?:aquí|ara)"],
}  # fmt: skip
MAX_ENDING_CTA_WORDS = 14
# "... in your inbox": only a sign-up box talks about the reader's mailbox.
_INBOX = {
    "en": [r"(?:in|to|into) your (?:inbox|mailbox|e-?mail)", r"(?:meet|hit|land in|arrive in) your inbox",
           r"we(?:'ll|’ll| will)? send (?:you )?an? e-?mail with (?:the|our) (?:top|best|latest|biggest)",
           r"(?:news|stories|headlines|briefing|newsletter)[\w\s,'’]{0,40} delivered (?:every |each )?weekday (?:mornings?|evenings?)"],
    "de": [r"in ihr(?:em)? (?:postfach|e-?mail-postfach)", r"per e-?mail erhalten"],
    "fr": [r"dans votre boîte (?:mail|e-?mail|aux lettres|de réception)"],
    "es": [r"en tu (?:correo|bandeja de entrada|buzón)", r"en su (?:correo|bandeja de entrada|buzón)"],
    "pt": [r"na (?:sua|tua) caixa de (?:entrada|correio)", r"direto no seu e-?mail"],
    "it": [r"nella (?:tua|vostra) (?:casella (?:di posta|e-?mail)|inbox)"],
    "nl": [r"in (?:je|jouw|uw) (?:inbox|mailbox|postvak)"],
    "ru": [r"(?:на|в) (?:ваш|вашу|свой|свою) (?:почту|почтовый ящик|e-?mail|электронную почту)"],
    "bg": [r"(?:във|в) (?:вашата|твоята|своята) (?:пощенска кутия|поща)", r"на (?:вашия|твоя|своя) (?:имейл|e-?mail)"],
    "hr": [r"(?:u|na) (?:vaš|tvoj|svoj) (?:inbox|sandučić|e-?mail(?: sandučić)?)"],
    "sr": [r"(?:у|на) (?:ваш|твој|свој) (?:inbox|сандучић|имејл|мејл)"],
    "th": [rf"{THAI_RUN}ถึง(?:กล่อง)?(?:อีเมล|จดหมาย|อินบ็อกซ์)(?:ของคุณ|ของท่าน){THAI_RUN}"],
    "ms": [r"(?:ke|di) (?:peti masuk|inbox|e-?mel) anda"],
    "pl": [r"(?:na|do) (?:twoją|twojej|swoją) skrzynk(?:ę|i)(?: mailową| e-?mail| pocztową)?"],
    "tr": [r"e-?posta kutunuza", r"gelen kutunuza"],
    "sv": [r"(?:i|till) din inkorg", r"direkt i din (?:inkorg|mejl)"],
    "vi": [r"(?:vào|đến|trong) hộp thư(?: đến)? của bạn"],
    "id": [r"(?:ke|di) (?:kotak masuk|inbox|email) anda"],
    "cs": [r"do (?:vaší|své|tvé) (?:e-?mailové )?schránky", r"do (?:vašeho|svého|tvého) e-?mailu"],
    "uk": [r"(?:на|у|в) (?:вашу|свою) (?:пошту|скриньку|поштову скриньку|електронну пошту)"],
    "ro": [r"(?:în|pe) (?:căsu[țţ]a ta de e-?mail|inbox-ul tău|e-?mailul tău)"],
    "hu": [r"(?:a )?postafiókodba", r"(?:az )?e-?mail[- ]?címedre"],
    "ar": spellings([r"(?:إلى|في|على) بريدك(?: الإلكتروني)?"]),
    "fa": spellings([r"(?:به|در) (?:ایمیل|صندوق ایمیل|صندوق پستی) (?:شما|خود)"]),
    "he": [r"(?:ישירות )?(?:למייל|לתיבת הדואר(?: הנכנס)?) (?:שלכם|שלך)"],
    "el": spellings([r"στο (?:email|e-mail|inbox|ηλεκτρονικό ταχυδρομείο) σας"]),
    "hi": spellings([r"(?:अपने|आपके) (?:इनबॉक्स|ईमेल) (?:में|पर)"]),
    "da": [r"(?:direkte )?i din (?:indbakke|mailboks|e-?mail)"],
    "fi": [r"(?:suoraan )?sähköpostiisi", r"sähköpostilaatikkoosi"],
    "no": [r"(?:rett |direkte )?i innboksen din", r"i din innboks"],
    "sk": [r"do (?:vašej|svojej|tvojej) (?:e-?mailovej )?schránky", r"do (?:vášho|svojho|tvojho) e-?mailu"],
    "ca": [r"a la (?:teva|vostra) (?:bústia|safata d'entrada)", r"al (?:teu|vostre) correu(?: electrònic)?"],
}  # fmt: skip
MAX_INBOX_WORDS = 25
# A subscription pitch inside a short paragraph: "Need more space? Subscribe to our sister title ...".
_SUBSCRIPTION = {
    "en": [r"subscribe to our (?:sister |print |digital |weekly |daily )?(?:title|magazine|publication|edition|newsletter)",
           r"get a subscription (?:to|of) our", r"sign up for [\w\s]{1,30} today", r"become a (?:member|subscriber|supporter)",
           r"sign up for (?:our|the) (?:free )?(?:daily |weekly |monthly )?newsletter",
           # a paid tier's offer, with its price or its promo code
           r"(?:get access to|subscribe to|a subscription to|become a member)\b[^.]{1,80}? for as little as (?:rs\.?|₹|\$|£|€|us\$)\s?\d",
           # a promo code is quoted or has a digit: "use the code below" is a tutorial's
           r"use (?:the )?(?:promo |coupon |discount )?code (?:[\"“'][a-z0-9]{4,}|[a-z]*\d[a-z0-9]*)\b",
           r"click (?:here )?to subscribe",
           r"click here to support (?:it|us|our (?:work|journalism|reporting))",
           r"if you (?:enjoyed|liked|value) (?:this|our) (?:article|story|journalism|reporting)",
           r"by (?:clicking|signing up|subscribing)(?: (?:submit|sign up|subscribe))?,? you agree to (?:our|the)",
           # a magazine's offer: "... delivered through your letterbox every month. 12 issues for £11.99."
           r"delivered (?:through|to) your (?:letterbox|letter box|door|doorstep)", r"\d+ issues for [£$€]\s?\d"],
    "de": [r"abonnieren sie (?:unser(?:e|en)?|das) (?:magazin|zeitung|newsletter|heft)", r"werden sie (?:abonnent|mitglied|unterstützer)",
           r"jetzt (?:abo|abonnement) (?:abschließen|sichern)", r"\d+ ausgaben (?:für|zum preis von) (?:nur )?\d"],
    "fr": [r"abonnez-vous à (?:notre|nos) (?:magazine|journal|édition|newsletter)", r"devenez (?:abonné|membre)e?s?",
           r"\d+ numéros pour (?:seulement )?\d"],
    "es": [r"suscr[ií]bete a (?:nuestra|nuestro) (?:revista|edición|periódico|boletín)", r"hazte (?:socio|suscriptor|miembro)",
           r"\d+ (?:números|ejemplares) por (?:solo )?\d"],
    "pt": [r"assine (?:a nossa|nossa|o nosso|nosso) (?:revista|jornal|edição|newsletter)", r"torne-se (?:assinante|membro|apoiante|apoiador)"],
    "it": [r"abbonati (?:alla nostra|al nostro) (?:rivista|giornale|edizione|newsletter)", r"diventa (?:abbonato|sostenitore)"],
    "nl": [r"abonneer (?:je|u) op (?:ons|onze) (?:magazine|krant|tijdschrift|nieuwsbrief)", r"word (?:nu )?abonnee"],
}  # fmt: skip
MAX_SUBSCRIPTION_WORDS = 45

# Paywall prompts. A bare "Already a subscriber?" is matched as the whole block;
# inside a longer one, each phrase names the article or the reading that the
# subscription unlocks, so "the car park is reserved for subscribers" stays.
_PAYWALL_LABELS = {
    "en": [r"already (?:a )?(?:subscriber|member)", r"subscribers? only", r"premium(?: content| article)?"],
    "de": [r"(?:bereits|schon) (?:abonnent(?:in)?|registriert)", r"nur für abonnenten", r"plus-artikel"],
    "fr": [r"(?:déjà|vous êtes déjà) abonnée?s?", r"réservé aux abonnés", r"abonnés"],
    "es": [r"¿?ya (?:eres|es) (?:suscriptor|socio|miembro)", r"exclusivo (?:para )?suscriptores", r"solo para suscriptores"],
    "pt": [r"já (?:é|sou) assinante", r"exclusivo (?:para )?assinantes"],
    "it": [r"(?:sei )?già abbonato", r"riservato agli abbonati"],
    "nl": [r"al (?:een )?abonnee", r"alleen voor abonnees", r"plus-artikel"],
}  # fmt: skip
_PAYWALL = {
    "en": [r"already (?:a )?(?:subscriber|member)\W+(?:log|sign) in",
           r"(?:subscribe|log in|sign in|register) (?:now )?to (?:continue reading|keep reading|read (?:the|this) (?:full |whole )?(?:story|article))",
           r"to (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)",
           r"(?:article|story|content) is (?:available |exclusive(?:ly)? )?(?:only )?(?:for|to) (?:subscribers|members)",
           r"you (?:have|'ve got) (?:\d+|one|two|three|four|five) free (?:articles?|stories) (?:left|remaining)",
           r"you(?:'ve| have) (?:reached|used up|read) (?:your|all (?:of )?your|the) (?:free )?(?:article )?(?:limit|articles?)",
           r"unlock (?:this|the full) (?:article|story)", r"to read the full (?:story|article)",
           r"continue reading your article with an? [\w ]{1,20} (?:membership|subscription)"],
    "de": [r"jetzt (?:abonnieren|registrieren|testen|freischalten) und weiterlesen",
           r"(?:artikel|beitrag|inhalt) (?:ist )?(?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|plus-leser|mitglieder)",
           r"um (?:den|diesen) artikel (?:vollständig |ganz )?(?:zu lesen|weiterzulesen)",
           r"sie haben (?:\d+|einen|zwei|drei) (?:kostenlose|freie) artikel"],
    "fr": [r"abonnez-vous pour (?:lire|continuer|accéder)",
           r"(?:article|contenu|la suite(?: de cet article)?) (?:est )?réservée? aux abonnés",
           r"pour lire la suite,? (?:abonnez-vous|connectez-vous|inscrivez-vous)",
           r"il vous reste \d+ articles? (?:gratuits?|à lire)"],
    "es": [r"suscr[ií]bete (?:para|y) (?:seguir leyendo|leer|continuar|sigue leyendo)",
           r"(?:artículo|contenido|noticia) (?:es )?(?:exclusiv[oa]|solo|sólo) para (?:suscriptores|socios|miembros)",
           r"para (?:seguir|continuar) leyendo,? (?:suscr[ií]bete|inicia sesión|regístrate)",
           r"te quedan? \d+ (?:artículos|noticias) (?:gratis|gratuit[oa]s)"],
    "pt": [r"assine (?:para|e) (?:continuar lendo|ler|continue lendo)",
           r"(?:conteúdo|matéria|artigo|reportagem) (?:é )?exclusiv[oa] (?:para|de) assinantes",
           r"para continuar lendo,? (?:assine|faça login|entre)"],
    "it": [r"abbonati per (?:continuare a leggere|leggere)", r"(?:articolo|contenuto) (?:è )?riservato agli abbonati",
           r"per continuare a leggere,? (?:abbonati|accedi)"],
    "nl": [r"(?:word abonnee|abonneer) (?:om|en) (?:verder te lezen|lees verder)",
           r"(?:artikel|verhaal) is (?:alleen |exclusief )?voor abonnees",
           r"om verder te lezen,? (?:word abonnee|log in|moet je abonnee zijn)"],
}  # fmt: skip
MAX_PAYWALL_WORDS = 30

# A teaser box's prompt to click its picture: "Click the image above to see ...",
# "Clique na foto e veja ...". Where the picture is ("above") or what the click
# shows ("and see") is part of the phrase: a tutorial's "Click the image to
# select it" is the article's own instruction.
_CLICK_THE_PICTURE = {
    "en": [r"click (?:on )?the (?:image|photo|picture|banner)(?: (?:above|below|on the (?:left|right)))?"
           r"(?: (?:and|to) (?:see|read|view|watch|check out|find out|learn))",
           r"click (?:on )?the (?:image|photo|picture|banner) (?:above|below|on the (?:left|right))$"],
    "de": [r"klick(?:en sie)? auf das (?:bild|foto)(?: (?:oben|unten))?,? (?:um|und) .*?(?:zu )?(?:sehen|lesen|erfahren)",
           r"klick(?:en sie)? auf das (?:bild|foto) (?:oben|unten)$"],
    "fr": [r"cliquez sur (?:l'image|la photo)(?: ci-(?:dessus|dessous))? (?:pour|et) (?:voir|lire|découvrir|regarder)",
           r"cliquez sur (?:l'image|la photo) ci-(?:dessus|dessous)$"],
    "es": [r"(?:haz|haga) clic (?:en|sobre) la (?:imagen|foto)(?: (?:de arriba|de abajo|superior))? (?:y|para) "
           r"(?:ver|veas|leer|conocer|descubrir)",
           r"(?:haz|haga) clic (?:en|sobre) la (?:imagen|foto) (?:de arriba|de abajo|superior)$"],
    "pt": [r"clique (?:na|sobre a) (?:imagem|foto|figura)(?: d[oae]s? [\w ]{1,30}?)?(?: (?:acima|abaixo|ao lado))? (?:e|para) "
           r"(?:veja|ver|saiba|saber|leia|ler|confira|conferir|conheça|conhecer)",
           r"clique (?:na|sobre a) (?:imagem|foto|figura) (?:acima|abaixo|ao lado)$",
           r"clique (?:aqui )?e (?:saiba|veja|leia|confira|conheça)"],
    "it": [r"clicca (?:sull'immagine|sulla foto)(?: (?:qui )?(?:sopra|sotto))? (?:e|per) (?:vedere|leggere|scoprire|guarda|leggi|scopri)",
           r"clicca (?:sull'immagine|sulla foto) (?:qui )?(?:sopra|sotto)$"],
    "nl": [r"klik op de (?:afbeelding|foto)(?: (?:hierboven|hieronder))? (?:en|om) .*?(?:bekijk\w*|lees|ontdek\w*|te zien|te lezen)",
           r"klik op de (?:afbeelding|foto) (?:hierboven|hieronder)$"],
}  # fmt: skip
MAX_CLICK_PROMPT_WORDS = 40

# The site asks for the reader's opinion of the article or of the site itself:
# "We'd like to hear what you think about this or any of our articles",
# "Tell us what you think about our new look by taking this survey".
_FEEDBACK = {
    "en": [r"(?:we(?:'d|’d| would) (?:like|love) to hear|tell us) what you think (?:about|of) (?:this|our)"
           r"(?: or any of our)? (?:article|story|stories|articles|new look|new design|new site|new website|page)",
           # a feedback widget's question stands alone, with its buttons at most
           r"(?:(?:was|is) this (?:article|page|story|post)|did you find this (?:article|page|story|post)) "
           r"(?:helpful|useful)\??(?:\s*yes\s*/?\s*no)?$",
           r"rate this (?:article|story|post|page)$", r"(?:like|liked|enjoy|enjoyed) this (?:article|story)\??$"],
    # (de, fr, es: "War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?", "¿Te ha resultado útil?")
    "de": [r"(?:schreiben|sagen) sie uns,? (?:was|wie) sie (?:über|von) (?:diesen|unseren|unsere) "
           r"(?:artikel|beitrag|neue[nm]? (?:auftritt|design|seite|website)) (?:denken|finden)",
           r"(?:war|ist) (?:dieser artikel|dieser beitrag|diese seite) hilfreich\??(?:\s*ja\s*/?\s*nein)?$",
           r"(?:artikel|beitrag) bewerten$"],
    "fr": [r"(?:dites-nous|donnez-nous votre avis sur) (?:ce que vous pensez de )?(?:cet article|notre nouveau (?:site|design))",
           r"cet article vous a-t-il (?:été )?(?:utile|plu) ?\??(?:\s*oui\s*/?\s*non)?$", r"(?:notez|évaluez) cet article$"],
    "es": [r"(?:cuéntanos|dinos) (?:qué (?:te )?parece|lo que piensas de) (?:este artículo|nuestro nuevo (?:sitio|diseño))",
           r"(?:te ha resultado|te resultó|le ha resultado) útil(?: este artículo| esta información)?\??(?:\s*sí\s*/?\s*no)?$",
           r"valora este artículo$"],
    "pt": [r"(?:este artigo|esta notícia|esta informação) (?:foi|lhe foi|te foi) útil\??(?:\s*sim\s*/?\s*não)?$"],
    "it": [r"questo articolo (?:ti|le) è stato utile\??(?:\s*sì\s*/?\s*no)?$"],
    "nl": [r"was dit artikel (?:nuttig|behulpzaam)\??(?:\s*ja\s*/?\s*nee)?$"],
}  # fmt: skip
MAX_FEEDBACK_WORDS = 50

# A membership pitch opens by flattering the reader, and runs on longer than a sign-up box.
_MEMBERSHIP_PITCH = {
    "en": [r"if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|journalism|reporting|work),? "
           r"(?:we have a (?:proposition|request|favou?r)|(?:please )?consider (?:supporting|subscribing|becoming))"],
    "de": [r"wenn ihnen (?:dieser|unser) (?:artikel|beitrag|journalismus) gef(?:ällt|allen hat),? "
           r"(?:unterstützen sie uns|werden sie (?:mitglied|abonnent))"],
    "fr": [r"si vous avez aimé cet article,? (?:soutenez-nous|abonnez-vous|devenez (?:membre|abonné))"],
    "es": [r"si te ha gustado este artículo,? (?:apóyanos|suscríbete|hazte (?:socio|suscriptor))"],
    "pt": [r"se (?:você )?gostou (?:deste|desta) (?:artigo|matéria|reportagem),? (?:apoie|assine|torne-se)"],
    "it": [r"se (?:ti è|le è) piaciuto (?:questo|quest') ?articolo,? (?:sostienici|abbonati|diventa)"],
    "nl": [r"als (?:je|u) (?:dit artikel|onze journalistiek) (?:waardeert|goed vond),? (?:steun|word|neem)"],
}  # fmt: skip
MAX_MEMBERSHIP_PITCH_WORDS = 80
# Every feedback phrase above holds one of these.
_FEEDBACK_WORDS = ("think", "helpful", "useful", "rate this", "this article", "this story", "nuttig", "behulpzaam", "denken", "finden", "hilfreich", "bewerten",
                   "pensez", "utile", "plu", "notez", "évaluez", "parece", "piensas", "útil", "valora")

RULES = (
    # A paywall prompt is also a subscription call; its own, more specific rule
    # names it first, and it does not end the article as a sign-up box does.
    phrase_rule(PAYWALL, _PAYWALL_LABELS, mode="whole", max_words=6),
    phrase_rule(PAYWALL, _PAYWALL, mode="contains", max_words=MAX_PAYWALL_WORDS),
    phrase_rule(NEWSLETTER, _NEWSLETTER, mode="start", max_words=30),
    phrase_rule(
        NEWSLETTER,
        _MEMBERSHIP_PITCH,
        mode="start",
        max_words=MAX_MEMBERSHIP_PITCH_WORDS,
        required=("if ", "wenn ", "si ", "se ", "als "),
    ),
    phrase_rule(NEWSLETTER, _NEWSLETTER_ENDINGS, mode="end", max_words=MAX_ENDING_CTA_WORDS),
    phrase_rule(NEWSLETTER, _INBOX, mode="contains", max_words=MAX_INBOX_WORDS),
    phrase_rule(NEWSLETTER, _SUBSCRIPTION, mode="contains", max_words=MAX_SUBSCRIPTION_WORDS),
    phrase_rule(NEWSLETTER, _NEWSLETTER_LABELS, mode="whole", max_words=4),
    phrase_rule(CONTACT, _CONTACT, mode="start", max_words=14),
    phrase_rule(CONTACT, _FEEDBACK, mode="contains", max_words=MAX_FEEDBACK_WORDS, required=_FEEDBACK_WORDS),
    BlockRule(PITCH, _pitch, max_words=PITCH_MAX_WORDS),
    phrase_rule(READ_MORE, _READ_MORE, mode="whole", max_words=8),
    phrase_rule(
        READ_MORE,
        _CLICK_THE_PICTURE,
        mode="start",
        max_words=MAX_CLICK_PROMPT_WORDS,
        required=("click", "klick", "clique", "clic", "klik"),
    ),
)
