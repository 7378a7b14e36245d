"""Comment sections: prompts, counts and the thread that follows them."""

from __future__ import annotations

import re

from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, Rule, phrase_rule, spellings

PROMPT = Rule(
    "COM501",
    "comments.prompt",
    "Comment prompts: 'No comments yet. Be the first to comment!', 'Leave a reply'.",
    "A prompt to comment is the comment form's label; where it stands, the article has ended.",
    ("No comments yet. Be the first to comment!", "Schreibe einen Kommentar", "Laisser un commentaire",
     "Deja un comentario"),
    terminal=True,
)
SECTION = Rule(
    "COM502",
    "comments.section_heading",
    "The heading of a comment section: 'Comments', '3 Comments', '34 Responses to “Title”', 'Kommentare'.",
    "The comment thread is readers' talk, not the article; its heading marks where it begins.",
    ("Comments", "Kommentare (3)", "Commentaires", "Comentarios", "34 Responses to “The new pier”"),
    terminal=True,
)

_PROMPT = {
    "en": [r"no comments(?: yet)?", r"be the first to (?:comment|review|reply)", r"leave a (?:reply|comment)",
           r"please enable javascript to view the comments", r"comments powered by disqus",
           r"post a comment", r"add (?:a|your) comment", r"join the (?:discussion|conversation)",
           r"comments are closed", r"you must be logged in to post a comment", r"write a comment",
           r"what do you think\?", r"cancel reply", r"show comments", r"view comments", r"load comments",
           r"your email address will not be published", r"reply", r"replies", r"load more comments",
           r"(?:sign|log) in to (?:comment|reply|join the (?:discussion|conversation))", r"hide comments"],
    "de": [r"schreibe(?:n sie)? einen kommentar", r"kommentar (?:schreiben|verfassen|abgeben)",
           r"noch keine kommentare", r"keine kommentare", r"sei(?:en sie)? der erste,? der",
           r"diskutieren sie mit", r"kommentare anzeigen", r"antworten abbrechen",
           r"ihre e-?mail-adresse wird nicht veröffentlicht", r"antworten", r"kommentieren(?=\W*$)"],
    "fr": [r"laisser un commentaire", r"laissez un commentaire", r"ajouter un commentaire",
           r"aucun commentaire", r"soyez le premier à (?:commenter|réagir)", r"réagissez",
           r"écrire un commentaire", r"(?:afficher|voir) (?:les |tous les )?commentaires",
           r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée", r"répondre", r"réagir(?=\W*$)"],
    "es": [r"deja (?:un|tu) comentario", r"dejar un comentario", r"escribe un comentario",
           r"no hay comentarios(?: todavía)?", r"sé el primero en comentar", r"añadir (?:un )?comentario",
           r"ver comentarios", r"tu dirección de correo electrónico no será publicada", r"responder",
           r"comentar(?=\W*$)"],
    # "Nessun commento" and "nenhum comentário" are also what an official says to a reporter, and
    # "rispondi", "beantwoorden" open sentences: alone in their block only.
    "pt": [r"deixe (?:um|o seu|seu) comentário", r"deixe uma resposta", r"escreva (?:um|o seu|seu) comentário",
           r"adicionar (?:um )?comentário", r"nenhum comentário(?: ainda)?(?=\W*$)", r"ainda não há comentários",
           r"seja o primeiro a comentar", r"cancelar resposta", r"ver comentários",
           r"(?:o )?seu (?:endereço de )?e-?mail não será publicado"],
    "it": [r"lascia(?:te)? un commento", r"lascia una risposta", r"scrivi un commento", r"aggiungi (?:un )?commento",
           r"nessun commento(?=\W*$)", r"non ci sono (?:ancora )?commenti", r"sii il primo a commentare", r"annulla (?:la )?risposta", r"mostra (?:i )?commenti",
           r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato", r"i commenti sono chiusi", r"rispondi(?=\W*$)",
           r"(?:vedi|leggi) (?:i |tutti i )?commenti", r"commenta(?=\W*$)"],
    "nl": [r"laat een reactie achter", r"geef een reactie", r"plaats een reactie", r"schrijf een reactie",
           r"nog geen reacties", r"wees de eerste (?:om te reageren|die reageert)", r"reactie annuleren",
           r"annuleer reactie", r"bekijk (?:alle )?reacties", r"reageer op dit (?:artikel|bericht)",
           r"(?:je|uw) e-?mailadres wordt niet gepubliceerd", r"reacties zijn gesloten", r"beantwoorden(?=\W*$)"],
    # "Нет комментариев", "brak komentarzy" are also an official's answer; "ответить", "odpowiedz",
    # "svara", "yanıtla" open sentences: alone in their block only.
    "ru": [r"(?:оставить|оставьте|добавить|добавьте|написать|напишите) (?:свой |ваш )?(?:комментарий|отзыв|ответ)",
           r"(?:комментариев (?:пока )?нет|нет комментариев|пока нет комментариев)(?=\W*$)",
           r"(?:будьте|станьте) первым,? кто (?:оставит комментарий|прокомментирует)",
           r"ваш (?:адрес )?(?:e-?mail|электронной почты) не будет опубликован", r"отменить ответ",
           r"(?:показать|смотреть) (?:все )?комментарии", r"комментарии (?:закрыты|отключены)",
           r"комментирование (?:закрыто|отключено)", r"ответить(?=\W*$)"],
    "bg": [r"(?:напишете|напиши|добавете|добави|оставете|остави) (?:коментар|отговор|мнение)", r"(?:все още )?няма (?:коментари|мнения)(?=\W*$)",
           r"бъдете първият,? (?:който ще коментира|коментирал)", r"(?:вашият|твоят) (?:имейл|e-?mail) адрес няма да бъде публикуван",
           r"откажи отговора", r"(?:виж|вижте|покажи) (?:всички )?коментари(?:те)?", r"коментарите са (?:затворени|изключени)",
           r"отговори(?=\W*$)"],
    # "Nema komentara" / "Нема коментара" is also an official's answer: alone in their block only.
    "hr": [r"(?:ostavi|ostavite|napiši|napišite|dodaj|dodajte|pošalji|pošaljite) (?:komentar|odgovor)", r"(?:još )?nema komentara(?=\W*$)",
           r"(?:budi|budite) prv[ia] (?:koji|koja) (?:će )?(?:komentira|komentariše|komentirati|komentarisati|ostaviti komentar)",
           r"vaša (?:e-?mail |email )?adresa (?:e-pošte )?neće biti objavljena", r"(?:odustani od|otkaži|poništi) odgovor(?:a)?",
           r"(?:prikaži|pogledaj|pogledajte) (?:sve )?komentare", r"komentari su (?:zatvoreni|isključeni|onemogućeni)", r"odgovori(?=\W*$)"],
    "sr": [r"(?:оставите|остави|напишите|напиши|додајте|додај) (?:коментар|одговор)", r"(?:још )?нема коментара(?=\W*$)",
           r"ваша (?:адреса е-поште|e-?mail адреса|имејл адреса) неће бити објављена", r"(?:одустани од|откажи) одговор(?:а)?",
           r"(?:прикажи|погледај(?:те)?) (?:све )?коментаре", r"коментари су (?:затворени|искључени)", r"одговори(?=\W*$)"],
    # Thai: a prompt is the whole block, or opens a sentence that runs on without spaces ("...จะไม่แสดง...").
    "th": [r"(?:ร่วม)?(?:แสดง|เขียน)ความคิดเห็น(?:ของคุณ)?(?=\W*$)", r"ยังไม่มีความคิดเห็น(?=\W*$)",
           r"(?:ที่อยู่)?อีเมล(?:ของคุณ)?จะไม่(?:ถูก)?(?:แสดง|เผยแพร่).*", r"ยกเลิก(?:การ)?ตอบกลับ(?=\W*$)",
           r"(?:ดู|แสดง)ความคิดเห็นทั้งหมด(?=\W*$)", r"ตอบกลับ(?=\W*$)"],
    "ms": [r"(?:tinggalkan|tulis|hantar|berikan) (?:komen|balasan|ulasan)(?: anda)?", r"(?:belum ada|tiada) komen(?=\W*$)",
           r"jadilah (?:yang )?pertama (?:untuk )?(?:memberi komen|mengulas|komen)", r"alamat e-?mel anda tidak akan (?:disiarkan|diterbitkan|dipaparkan)",
           r"batal(?:kan)? (?:balasan|jawapan)", r"(?:lihat|papar|paparkan) (?:semua )?komen", r"komen (?:ditutup|dimatikan)", r"balas(?=\W*$)"],
    "pl": [r"(?:dodaj|napisz|zostaw) (?:komentarz|odpowiedź)", r"skomentuj(?=\W*$)", r"brak komentarzy(?=\W*$)",
           r"bądź pierwsz(?:y|ą|ym),? (?:który|która|kto) (?:skomentuje|doda komentarz)",
           r"twój adres (?:e-?mail|email) nie zostanie opublikowany", r"anuluj (?:pisanie )?odpowiedzi?",
           r"(?:pokaż|zobacz) (?:wszystkie )?komentarze", r"komentarze (?:są )?(?:wyłączone|zamknięte)",
           r"odpowiedz(?=\W*$)"],
    "tr": [r"(?:bir )?yorum (?:yap|yaz|ekle|bırak)(?:ın)?", r"yorum yapmak için giriş yap(?:ın)?",
           r"henüz (?:hiç )?yorum (?:yok|yapılmamış)(?=\W*$)", r"ilk yorumu (?:siz )?(?:yapın|yazın)",
           r"ilk yorum yapan (?:siz )?olun", r"e-?posta (?:adresiniz|hesabınız) yay[ıi][mn]lanmayacak",
           r"yanıtı iptal et", r"yorumları (?:göster|gör)", r"yorumlar kapalı", r"(?:yanıtla|cevapla)(?=\W*$)"],
    "sv": [r"(?:lämna|skriv) en kommentar", r"lämna ett svar", r"kommentera(?=\W*$)", r"inga kommentarer(?: än)?(?=\W*$)",
           r"bli först med att kommentera", r"var först(?:e)? med att kommentera",
           r"din e-?postadress kommer inte (?:att )?publiceras", r"avbryt svar", r"visa (?:alla )?kommentarer",
           r"kommentarer(?:na)? är (?:stängda|avstängda)", r"svara(?=\W*$)"],
    # "Chưa có bình luận", "belum ada komentar", "žádné komentáře", "немає коментарів", "niciun comentariu",
    # "nincs hozzászólás" are also an official's answer; "trả lời", "balas", "odpovědět", "відповісти",
    # "răspunde", "válasz" open sentences: alone in their block only.
    "vi": [r"(?:viết|gửi|để lại) (?:một )?(?:bình luận|phản hồi|trả lời)(?: của bạn)?", r"gửi ý kiến(?: của bạn)?(?=\W*$)",
           r"(?:chưa có|không có) bình luận(?: nào)?(?=\W*$)", r"hãy là người đầu tiên (?:bình luận|để lại bình luận)",
           r"(?:xem|hiển thị|tải) (?:tất cả |thêm )?(?:bình luận|ý kiến)",
           r"(?:địa chỉ )?email của bạn sẽ không được (?:công bố|hiển thị|công khai)", r"h(?:ủy|uỷ) (?:trả lời|phản hồi)",
           r"bình luận đã (?:bị )?đóng", r"trả lời(?=\W*$)"],
    "id": [r"(?:tulis|tuliskan|tinggalkan|kirim|kirimkan|berikan) (?:komentar|balasan|tanggapan)(?: anda)?",
           r"(?:belum ada|tidak ada) komentar(?=\W*$)",
           r"jadilah (?:yang )?pertama (?:yang )?(?:berkomentar|mengomentari|memberikan komentar)",
           r"alamat email anda tidak akan (?:dipublikasikan|ditampilkan|diterbitkan)", r"batalkan (?:balasan|komentar)",
           r"(?:lihat|tampilkan|muat) (?:semua |lebih banyak )?komentar", r"komentar (?:ditutup|dinonaktifkan)", r"balas(?=\W*$)"],
    "cs": [r"(?:napsat|napište|napiš|přidat|přidejte|vložit|vložte|zanechte|zanech) (?:komentář|odpověď|reakci)",
           r"(?:zatím )?(?:zde )?(?:nejsou žádné|žádné) komentáře(?=\W*$)",
           r"buďte první,? kdo (?:napíše komentář|okomentuje|přidá komentář|zareaguje)",
           r"vaše e-?mailová adresa nebude zveřejněna", r"zrušit odpověď(?: na komentář)?",
           r"(?:zobrazit|zobrazte) (?:všechny )?(?:komentáře|diskusi)",
           r"(?:komentáře|diskuse|diskuze) (?:jsou |je )?(?:uzavřen[ay]?|vypnut[ay]?)", r"vstoupit do diskuse",
           r"odpovědět(?=\W*$)"],
    "uk": [r"(?:залишити|залиште|додати|додайте|написати|напишіть) (?:свій |ваш )?(?:коментар|відгук|відповідь)",
           r"(?:коментарів (?:поки (?:що )?)?немає|немає коментарів|поки (?:що )?немає коментарів)(?=\W*$)",
           r"(?:будьте|станьте) першим,? хто (?:залишить коментар|прокоментує)",
           r"ваша (?:адреса |e-?mail[- ]адреса |електронна адреса )(?:e-?mail |електронної пошти )?не "
           r"(?:буде (?:опублікована|оприлюднена)|оприлюднюватиметься|публікуватиметься)",
           r"скасувати відповідь", r"(?:показати|дивитися) (?:всі |усі )?коментарі", r"коментарі (?:закрито|вимкнено)",
           r"коментування (?:закрито|вимкнено)", r"відповісти(?=\W*$)"],
    "ro": [r"(?:lasă|lăsa[țţ]i|scrie|scrie[țţ]i|adaugă|adăuga[țţ]i) un (?:comentariu|răspuns)",
           r"(?:niciun|nici un) comentariu(?: încă)?(?=\W*$)", r"nu există (?:încă )?comentarii(?=\W*$)",
           r"fii primul care (?:comentează|lasă un comentariu|scrie un comentariu)",
           r"adresa (?:ta |dvs\. |dumneavoastră )?de e-?mail nu va fi publicată", r"anulează răspunsul",
           r"(?:vezi|afi[șş]ează|arată) (?:toate )?comentariile", r"comentariile sunt (?:închise|dezactivate)",
           r"răspunde(?=\W*$)"],
    "hu": [r"(?:szólj|szóljon) hozzá", r"(?:írj|írjon) (?:egy )?hozzászólást", r"hozzászólás írása", r"vélemény, hozzászólás\?",
           r"(?:még )?nincs(?:enek)? (?:még )?hozzászólás(?:ok)?(?=\W*$)", r"legy(?:él|en) (?:te |ön )?az első,? aki hozzászól",
           r"az e-?mail[- ]?címet nem tesszük közzé", r"(?:az )?e-?mail[- ]?címed nem (?:lesz nyilvános|jelenik meg)",
           r"válasz megszakítása", r"(?:hozzászólások|kommentek) (?:megjelenítése|mutatása|betöltése)",
           r"(?:a )?hozzászólások (?:le vannak zárva|lezárva)", r"válasz(?=\W*$)"],
    # Chinese, Japanese: the prompt is the whole run of characters, up to punctuation.
    "ja": [r"コメントを(?:書く|残す|投稿する|する|送信)", r"コメント(?:する|投稿)", r"返信を(?:残す|キャンセル)",
           r"コメントはまだありません", r"メールアドレスが公開されることはありません", r"コメントを(?:表示|見る)",
           r"コメントをキャンセル", r"返信(?=\W*$)"],
    "zh": [r"[发發]表(?:评论|評論|回复|回覆)", r"(?:添加|写|寫)(?:评论|評論)", r"[暂暫]无(?:评论|評論)", r"[还還]没有(?:评论|評論)",
           r"(?:快来)?抢沙发", r"(?:您的)?(?:电子邮件|电子邮箱|邮箱)地址不会被公开", r"取消回复",
           r"查看(?:全部|更多)?(?:评论|評論)", r"(?:评论|評論)已[关關]閉?", r"回复(?=\W*$)"],
    "ko": [r"댓글 ?(?:달기|쓰기|작성)", r"댓글을 (?:남겨|작성해|달아) ?주세요", r"(?:등록된 )?댓글이 없습니다",
           r"첫 (?:번째 )?댓글을 (?:남겨|작성해|달아) ?(?:주세요|보세요)", r"답글 ?(?:남기기|달기|취소)", r"응답 취소",
           r"댓글 ?(?:보기|더보기)", r"이메일 (?:주소는|은) 공개되지 않습니다", r"답글(?=\W*$)"],
    # "لا تعليق", "κανένα σχόλιο", "ingen kommentarer" are also an official's answer: alone in their block only.
    "ar": spellings([r"(?:اترك|أضف|اكتب|شارك) (?:تعليق(?:اً|ًا|ا)?|تعليقك|رد(?:اً|ًا|ا)|ردك|رأيك)", r"إضافة تعليق",
                     r"(?:لا (?:توجد|يوجد) تعليقات(?: بعد)?|لا تعليقات)(?=\W*$)", r"كن (?:أول|أوّل) من (?:يعلق|يعلّق|يضيف تعليق(?:اً|ًا|ا)?)",
                     r"لن يتم نشر (?:عنوان )?بريدك الإلكتروني", r"إلغاء (?:ال)?رد", r"(?:عرض|إظهار) (?:جميع )?التعليقات",
                     r"التعليقات مغلقة", r"(?:رد|الرد)(?=\W*$)"]),
    "fa": spellings([r"(?:دیدگاه|نظر)(?:تان| خود| شما)? را (?:بنویسید|ثبت کنید|وارد کنید|با ما در میان بگذارید)", r"ارسال (?:نظر|دیدگاه)",
                     r"(?:هنوز )?(?:هیچ )?(?:دیدگاهی|نظری) (?:ثبت|ارسال) نشده(?: است)?", r"(?:اولین|نخستین) (?:نفری باشید که|دیدگاه را)",
                     r"(?:نشانی|آدرس) ایمیل(?: شما)? (?:منتشر|نمایش داده) نخواهد شد", r"لغو پاسخ", r"(?:دیدگاه‌ها|نظرات) بسته (?:شده‌اند|است)",
                     r"نمایش (?:نظرات|دیدگاه‌ها)", r"پاسخ(?: دادن)?(?=\W*$)"]),
    "he": [r"(?:השאר|השאירו|השארת|הוסף|הוסיפו|הוספת|כתוב|כתבו|כתיבת|שלח|שליחת) תגובה", r"אין (?:עדיין )?תגובות(?: עדיין)?(?=\W*$)",
           r"(?:היה|היי|היו|הייה) (?:ה)?ראשונ(?:ה|ים)? להגיב", r"כתובת (?:ה)?(?:אימייל|דוא[\"״]ל|מייל)(?: שלך)? לא (?:תפורסם|תוצג)",
           r"ביטול (?:ה)?תגובה", r"התגובות (?:סגורות|נסגרו)", r"(?:הצג|הצגת) (?:את )?(?:כל )?(?:ה)?תגובות", r"(?:הגב|השב|להגיב)(?=\W*$)"],
    "el": spellings([r"(?:αφήστε|γράψτε|προσθέστε|υποβάλετε) (?:ένα |μια |το )?(?:σχόλιο|απάντηση)(?: σας)?", r"γράψτε το σχόλιό σας",
                     r"προσθήκη σχολίου", r"(?:δεν υπάρχουν (?:ακόμα |ακόμη )?σχόλια|κανένα σχόλιο)(?=\W*$)",
                     r"(?:γίνετε|γίνε) (?:ο |η )?πρώτ(?:ος|η) που θα (?:σχολιάσει|γράψει)",
                     r"η (?:ηλ\. |ηλεκτρονική )?διεύθυνση(?: email)? σας δεν (?:δημοσιεύεται|θα δημοσιευθεί|θα δημοσιευτεί)",
                     r"ακύρωση απάντησης", r"(?:εμφάνιση|προβολή) (?:των )?σχολίων", r"τα σχόλια (?:είναι κλειστά|έχουν κλείσει)",
                     r"απάντηση(?=\W*$)"]),
    "hi": spellings([r"(?:एक |अपनी )?(?:टिप्पणी|कमेंट|प्रतिक्रिया) (?:छोड़ें|लिखें|करें|दें)", r"(?:एक )?(?:उत्तर|जवाब) (?:छोड़ें|दें)(?=\W*$)",
                     r"(?:अभी तक |अभी )?कोई (?:टिप्पणी|कमेंट) नहीं(?: है)?(?=\W*$)", r"सबसे पहले (?:टिप्पणी|कमेंट) करें",
                     r"आपका ईमेल (?:पता )?(?:प्रकाशित|पब्लिश) नहीं किया जाएगा", r"(?:जवाब|उत्तर) रद्द करें",
                     r"(?:टिप्पणियाँ|कमेंट्स?) (?:देखें|बंद हैं)"]),
    "da": [r"(?:skriv|efterlad|tilføj) (?:en|din) kommentar", r"skriv et svar", r"ingen kommentarer(?: endnu)?(?=\W*$)",
           r"vær (?:den )?første til at kommentere", r"din e-?mail(?:-?adresse)? (?:vil ikke blive|bliver ikke) (?:publiceret|offentliggjort|vist)",
           r"annuller(?: dit)? svar", r"vis (?:alle )?kommentarer(?:ne)?", r"kommentarer(?:ne)? er (?:lukket|slået fra)",
           r"(?:svar|kommentér|kommenter)(?=\W*$)"],
    "fi": [r"(?:kirjoita|jätä|lisää) (?:kommentti|vastaus)", r"ei (?:vielä )?kommentteja(?: vielä)?(?=\W*$)", r"kommentoi ensimmäisenä",
           r"ole ensimmäinen kommentoija", r"sähköpostiosoitettasi ei julkaista", r"peruuta vastaus", r"näytä (?:kaikki )?kommentit",
           r"kommentointi on (?:suljettu|pois päältä)", r"kommentit on suljettu", r"(?:vastaa|kommentoi)(?=\W*$)"],
    "no": [r"(?:skriv|legg igjen|legg att|legg til) (?:en|ein|din) kommentar", r"(?:skriv|legg igjen|legg att) (?:et|eit) svar",
           r"ingen kommentar(?:er|ar)(?: ennå| enda| enno)?(?=\W*$)", r"(?:bli|ver) (?:den )?første til å kommentere",
           r"(?:din e-?postadresse|e-?postadressa di) (?:vil ikke|vil ikkje|blir ikke|blir ikkje) (?:bli )?(?:publisert|vist)",
           r"avbryt svar", r"vis (?:alle )?kommentar(?:er|ar)(?:ne)?", r"kommentar(?:er|ar)(?:ne)? er (?:stengt|lukket|deaktivert)",
           r"kommentarfeltet er (?:stengt|lukket)", r"(?:svar|kommenter)(?=\W*$)"],
    "sk": [r"(?:napísať|napíšte|napíš|pridať|pridajte|vložiť|vložte|zanechajte|zanechaj) (?:komentár|odpoveď|reakciu)",
           r"(?:zatiaľ )?(?:žiadne|bez) komentár(?:e|ov)(?=\W*$)", r"buďte prvý,? kto (?:napíše komentár|okomentuje|bude komentovať)",
           r"vaša e-?mailová adresa nebude zverejnená", r"zrušiť odpoveď", r"zobraziť (?:všetky )?komentáre",
           r"komentáre sú (?:uzavreté|vypnuté|zakázané)", r"(?:odpovedať|reagovať)(?=\W*$)"],
    "ca": [r"(?:deixa|escriu|afegeix|envia) (?:un|el teu) comentari", r"deixa una resposta",
           r"(?:encara )?no hi ha (?:cap )?comentaris?(?: encara)?(?=\W*$)", r"sigues (?:el|la) primer(?:a)? (?:a|en) comentar",
           r"(?:la (?:teva )?|l')adreça (?:electrònica|de correu(?: electrònic)?) no (?:es publicarà|serà publicada)",
           r"cancel·la(?:r)? (?:la )?resposta", r"mostra(?:r)? (?:tots )?els comentaris", r"els comentaris (?:estan tancats|s'han tancat)",
           r"(?:respon|comenta)(?=\W*$)"],
}  # fmt: skip

_SECTION = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|kommentare?|diskussion|leserkommentare|"
    r"commentaires?|réactions|comentarios?|respuestas|comentários?|respostas|commenti|commento|risposte|"
    r"discussione|reacties?|discussie|комментари(?:и|ев|й|я)|обсуждение|komentarze|komentarzy|dyskusja|yorumlar|"
    r"kommentarer|bình luận|ý kiến (?:bạn đọc|độc giả)|ý kiến(?=\s*[(（]?\d)|komentar|komentáře|komentářů|diskuse|diskuze|"
    r"коментар(?:і|ів)|обговорення|comentarii|hozzászólások|hozzászólás|kommentek|"
    r"コメント(?:一覧)?|(?:网友|全部|最新|精彩)?(?:评论|評論)(?:区|區)?|댓글(?: ?목록)?|"
    r"kommentit|keskustelu|kommentarar|kommentarfeltet|komentáre|komentárov|diskusia|comentaris|"
    r"(?:ال)?تعليقات|نظرات|د[یي]دگاه(?:\u200c| )?ها|(?:ה)?תגובות|σχ[όο]λια|टिप्पणि(?:याँ|यां)|कमेंट(?:्स)?|"
    r"коментари(?:те)?|мнения|komentari|komentara|коментара|ความคิดเห็น(?:ทั้งหมด)?|komen)"
    r"(?:\s*[(（]\d+[)）]?)?(?:\s+\d+)?$",
    re.I,
)


# WordPress themes head a thread with its size and the post's title:
# "34 Responses to “Title”", "12 Gedanken zu „Titel“", "3 réponses à « Titre »",
# "2 comentários em “Título”", "Un commento su “Titolo”", "3 reacties op “Titel”".
_THREAD_TITLE = re.compile(
    r"^(?:\d+|one|ein|eine|un|une|una|uno|um|uma|een|één|один|одна|jeden|en|ett|một|satu|jedna|egy|én|et|ένα|μία|μια|یک|yksi|eitt)\s+(?:comments?|responses?|replies|thoughts|kommentare?|"
    r"antworten|gedanken|commentaires?|réponses?|réflexions?|comentarios?|respuestas?|pensamientos?|"
    r"comentários?|respostas?|commenti|commento|risposte?|pensieri|reacties?|gedachten|"
    r"комментари(?:й|я|ев)|ответ(?:а|ов)?|komentarz(?:e|y)?|odpowied(?:ź|zi)|kommentarer|kommentar|svar|tankar|"
    r"bình luận|phản hồi|suy nghĩ|komentar|tanggapan|balasan|komentář(?:e|ů)?|odpověd(?:i|í)|коментар(?:і|ів)?|"
    r"відпові(?:дь|ді|дей)|comentari(?:u|i)|răspuns(?:uri)?|hozzászólás|válasz|"
    r"kommenttia|kommentti|vastausta|vastaus|kommentarar|komentár(?:e|ov)?|odpove(?:ď|de|dí)|comentaris|respostes|resposta|"
    r"tanker|σχ[όο]λι[αο]|απαντ[ήη]σεις|σκ[έε]ψεις|تعليقات|تعليق|ردود|أفكار|د[یي]دگاه|نظر|پاسخ|תגובות|תגובה)\s+"
    r"(?:to|on|zu|auf|à|sur|a|en|sobre|em|para|su|op|over|к(?: записи)?|на|do|till|på|về|cho|pada|untuk|k|ke|u|"
    r"artikkeliin|kirjoitukseen|"
    r"до(?: запису)?|la|az|a\(z\)|til|om|στο|για το|على|حول|بشأن|برای|על)\s*[“\"«„‘'‚‹”»]",
    re.I,
)
# Turkish and Hindi put the title first: "“Title” için 2 yorum", "“Title” için bir yorum", "“Title” पर 2 विचार".
_THREAD_TITLE_AFTER = re.compile(
    r"^[“\"«„‘'‚‹].{1,200}?[”\"»“’'›]\s+(?:için|üzerine|पर)\s+(?:\d+|bir|एक)\s+(?:yorum|yanıt|düşünce|विचार|"
    r"टिप्पणि(?:याँ|यां)|टिप्पणी|जवाब)$",
    re.I,
)
MAX_THREAD_TITLE_WORDS = 30


def _section(block: Block, page: Page) -> str | None:
    words = block.features.words
    if words <= 4 and _SECTION.match(block.features.normalized):
        return f"comment section heading '{block.features.normalized}'"
    text = block.features.visible.strip()
    if words <= MAX_THREAD_TITLE_WORDS and (_THREAD_TITLE.match(text) or _THREAD_TITLE_AFTER.match(text)):
        return f"comment thread heading '{text[:40]}'"
    return None


COMMENT_HEADER = Rule(
    "COM503",
    "comments.comment_header",
    "A comment's header line: 'Jane Doe on May 3, 2019 at 4:47 pm', 'Max says:', 'Marie dit :'.",
    "Each comment in a thread opens with its author and time; where they stand, the article has "
    "ended and readers are talking.",
    ("Milan Smith on September 12, 2018 at 4:47 pm", "Jane Doe says:", "Anna Berg sagt:"),
    terminal=True,
)

_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
# A commenter's name, not a noun phrase: "The mayor said:" introduces a quote.
_NOT_ARTICLE = r"(?!(?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una|il|lo|gli|o|os|as|de|het|een)\s)"
_SAYS = re.compile(
    rf"^{_NOT_ARTICLE}{_NAME}\s+(?:says|said|sagt|schreibt|dit|écrit|dice|escribió|comenta|diz|disse|escreveu|scrive|"
    rf"ha scritto|zegt|schreef|schrijft)\s*:?$",
    re.I,
)
# The time stamp ends the header (a reply button may follow); in a sentence, words follow
# it ("Le maire le 3 mai à 10h30 a ouvert ...", "Il treno il 3 maggio alle 10.30 ripartirà").
_STAMPED = re.compile(
    rf"^{_NAME}\s+(?:on|am|le|el|em|il|op)\s+.{{4,40}}?\b\d{{1,2}}[:.h]\d{{2}}\s*(?:am|pm|uhr|h|uur)?\W*"
    r"(?:(?:reply|permalink|antworten|répondre|responder|rispondi|beantwoorden)\W*)?$",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"^(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|geplaatst)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")  # a time stamp has digits
MAX_COMMENT_HEADER_WORDS = 14
# A lower-case author is a user name ("joetoronto says:"), one word long enough
# or with digits not to be a pronoun ("he says:", "elle dit :").
_USERNAME = re.compile(r"^(?:[^\W_]{6,}|\w*\d\w*)\s", re.I)


def _comment_header(block: Block, page: Page) -> str | None:
    f = block.features
    text = f.visible.strip()
    if _NOT_A_NAME.match(f.visible):
        return None
    if _SAYS.match(text) and (text[:1].isupper() or _USERNAME.match(text)):
        return f"comment header '{text[:40]}'"
    if not text[:1].isupper():
        return None
    if _DIGIT.search(text) and _STAMPED.match(text):
        return f"comment header with a time stamp '{text[:40]}'"
    return None


# The comment form's house rules: "Comments are moderated", "ATENÇÃO: Comentários
# com textos ininteligíveis ... não serão aprovados pelo moderador".
_MODERATION = {
    "en": [r"(?:all )?comments are (?:moderated|reviewed|subject to moderation)",
           r"comments? (?:that|which|with) .{1,80} will not be (?:approved|published)",
           r"(?:we are|we're) (?:temporarily |currently |now )?moderating (?:all )?comments",
           r"we moderate all comments"],
    "de": [r"kommentare werden (?:vor (?:der|ihrer) (?:veröffentlichung|freischaltung) )?(?:moderiert|geprüft)",
           r"kommentare,? die .{1,80} werden (?:nicht freigeschaltet|gelöscht)",
           r"wir (?:moderieren|prüfen) (?:derzeit |vorübergehend )?(?:alle )?kommentare"],
    "fr": [r"les commentaires sont (?:modérés|soumis à (?:la )?modération)",
           r"les commentaires (?:qui|contenant) .{1,80} (?:ne seront pas publiés|seront supprimés)",
           r"nous modérons (?:temporairement )?(?:tous )?les commentaires"],
    "es": [r"los comentarios (?:están|son|serán) moderados", r"los comentarios (?:que|con) .{1,80} (?:no serán (?:publicados|aprobados)|serán eliminados)",
           r"moderamos (?:temporalmente )?(?:todos )?los comentarios"],
    "pt": [r"(?:os )?comentários (?:são|serão) moderados", r"comentários (?:com|que) .{1,80} não serão (?:aprovados|publicados)"],
    "it": [r"i commenti (?:sono|saranno) moderati"],
    "nl": [r"reacties worden (?:gemodereerd|gecontroleerd)"],
}  # fmt: skip
MAX_MODERATION_WORDS = 45

RULES = (
    phrase_rule(PROMPT, _PROMPT, mode="start", max_words=20),
    phrase_rule(
        PROMPT,
        _MODERATION,
        mode="contains",
        max_words=MAX_MODERATION_WORDS,
        required=("comment", "kommentar", "comentário", "comentario", "reacties"),
    ),
    BlockRule(SECTION, _section, frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH}), MAX_THREAD_TITLE_WORDS),
    BlockRule(
        COMMENT_HEADER,
        _comment_header,
        frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING}),
        MAX_COMMENT_HEADER_WORDS,
    ),
)
