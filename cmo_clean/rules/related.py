"""Related content: 'Related articles', 'You may also like', tag clouds and tag lists."""

from __future__ import annotations

import re

from cmo_clean.blocks import visible_text
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import WORD_END, BlockRule, LowerCasePattern, Page, Rule, phrase_rule, spellings

RELATED = Rule(
    "REL601",
    "related.heading",
    "Headings of related-content lists: 'Related articles', 'More blogs on this topic'.",
    "Teasers for other pages follow the article; their heading marks where the article ended.",
    ("Related articles", "More blogs on this topic", "Das könnte Sie auch interessieren",
     "À lire aussi", "Artículos relacionados"),
    terminal=True,
)
TAGS = Rule(
    "REL602",
    "related.tag_list",
    "Tag lists and their labels: 'Popular Tags', 'Tags: a, b, c', 'Schlagwörter', 'Etiquetas'.",
    "Tags index the site; they are navigation, not part of what the article says.",
    ("Popular Tags", "Tags: pharma, marketing", "Schlagwörter: Medizin", "Mots-clés", "Etiquetas"),
)
INLINE_TEASER = Rule(
    "REL603",
    "related.inline_teaser",
    "A line that points to another article by label: 'READ MORE: Harbour divers report ...', 'Lesen Sie auch: ...'.",
    "News sites set links to other stories between an article's paragraphs, under a label and a colon; "
    "without its link in a copied page the line reads like a headline of a story that is not this one.",
    ("READ MORE: Ferry operator adds second boat", "Lesen Sie auch: Neue Fähre ab Mai",
     "À lire aussi : le port rouvre", "Leia também: Balsa volta a operar"),
)

# Labels of inline teasers, with their colon: the headline of the other story follows.
_INLINE_TEASER = {
    "en": [r"(?:read|see|watch|learn) more ?:", r"(?:read|see) also ?:", r"also read ?:", r"related(?: article| story)? ?:",
           r"more ?:", r"don't miss ?:", r"recommended ?:", r"must read ?:", r"top stories ?:", r"you might also like ?:",
           # a pointer to a topic's page: "Follow AP's full coverage of the election at https://..."
           r"(?:follow|read|see) (?:[\w.'’-]+ ){0,3}(?:full|complete|latest|live|continuing) coverage of\b"],
    "de": [r"lesen sie (?:auch|mehr) ?:", r"mehr zum thema ?:", r"auch interessant ?:", r"siehe auch ?:",
           r"das könnte sie auch interessieren ?:"],
    "fr": [r"(?:à )?lire aussi ?:", r"à lire également ?:", r"voir aussi ?:", r"sur le même sujet ?:"],
    "es": [r"lee también ?:", r"lea también ?:", r"(?:te|le) puede interesar ?:", r"ver también ?:", r"relacionado ?:"],
    "pt": [r"leia (?:também|mais) ?:", r"veja também ?:"],
    "it": [r"leggi anche ?:", r"vedi anche ?:", r"potrebbe interessarti ?:"],
    "nl": [r"lees ook ?:", r"lees meer ?:", r"zie ook ?:"],
    "ru": [r"читайте также ?:", r"смотрите также ?:", r"по теме ?:"],
    "bg": [r"(?:прочетете|прочети|четете) (?:още|също) ?:", r"вижте (?:още|също) ?:", r"(?:още )?по темата ?:"],
    "hr": [r"(?:pročitajte|pročitaj|čitajte|čitaj) (?:i|još|također|takođe) ?:", r"(?:pogledajte|vidi) (?:i|još|također|takođe) ?:",
           r"(?:povezan|vezan)(?:o|i članak|a vijest|a vest) ?:"],
    "sr": [r"(?:прочитајте|прочитај|читајте|читај) (?:и|још|такође) ?:", r"(?:погледајте|види) (?:и|још|такође) ?:", r"повезан(?:о|и чланак|а вест) ?:"],
    "th": [r"อ่าน(?:เพิ่มเติม|ต่อ|ข่าว(?:ที่เกี่ยวข้อง)?) ?:", r"(?:ข่าว|บทความ)(?:ที่)?เกี่ยวข้อง ?:"],
    "ms": [r"baca (?:juga|lagi) ?:", r"(?:berita|artikel) berkaitan ?:"],
    "pl": [r"czytaj (?:też|także|również) ?:", r"zobacz (?:też|także|również) ?:"],
    "tr": [r"ilgili (?:haber|haberler) ?:", r"bunu da okuyun ?:"],
    "sv": [r"läs (?:också|även|mer) ?:"],
    "vi": [r"(?:xem|đọc) thêm ?:", r"tin liên quan ?:", r"bài liên quan ?:"],
    "id": [r"baca (?:juga|pula) ?:", r"berita terkait ?:"],
    "cs": [r"(?:čtěte|přečtěte si) (?:také|též|i) ?:", r"související(?: článek| články)? ?:"],
    "uk": [r"читайте (?:також|більше) ?:", r"дивіться також ?:", r"по темі ?:"],
    "ro": [r"citește și ?:", r"citiți și ?:", r"vezi și ?:"],
    "hu": [r"ezt is olvassa el ?:", r"kapcsolódó(?: cikk)? ?:"],
    "ja": [r"関連記事 ?[:：]", r"あわせて読みたい ?[:：]"],
    "zh": [r"相[关關](?:阅读|閱讀|文章|新[闻聞]) ?[:：]", r"延伸[阅閱][读讀] ?[:：]"],
    "ko": [r"관련 ?기사 ?[:：]", r"함께 ?보면 ?좋은 ?기사 ?[:：]"],
    "ar": spellings([r"(?:اقرأ|إقرأ|شاهد) (?:أيض(?:اً|ًا|ا)|كذلك|المزيد) ?:", r"(?:مقالات|أخبار|مواضيع) ذات صلة ?:", r"ذات صلة ?:"]),
    "fa": spellings([r"بیشتر بخوانید ?:", r"(?:این (?:مطلب|خبر) را )?(?:هم|نیز) بخوانید ?:", r"بخوانید ?:", r"(?:مطالب|اخبار) مرتبط ?:"]),
    "he": [r"(?:קראו|קרא|קראי) (?:גם|עוד) ?:", r"(?:כתבות|ידיעות) (?:קשורות|נוספות) ?:", r"עוד בנושא ?:"],
    "el": spellings([r"(?:διαβάστε|δείτε|διάβασε|δες) (?:επίσης|ακόμη|ακόμα|και|περισσότερα) ?:", r"σχετικ(?:ό άρθρο|ά άρθρα|ή είδηση|ές ειδήσεις) ?:"]),
    "hi": spellings([r"(?:यह|ये|इसे|इन्हें) भी (?:पढ़ें|देखें|पढ़िए) ?:", r"(?:संबंधित|सम्बंधित) (?:ख़बर|ख़बरें|लेख) ?:", r"और पढ़ें ?:"]),
    "da": [r"læs (?:også|mere) ?:", r"se også ?:", r"relateret(?: artikel)? ?:"],
    "fi": [r"lue (?:myös|lisää) ?:", r"katso myös ?:", r"aiheesta (?:lisää|muualla) ?:"],
    "no": [r"les (?:også|òg|mer|meir) ?:", r"se (?:også|òg) ?:", r"relatert(?: artikkel| sak)? ?:"],
    "sk": [r"(?:čítajte|prečítajte si) (?:aj|tiež) ?:", r"súvisiac(?:i článok|e články|e) ?:"],
    "ca": [r"(?:llegeix|llegiu|vegeu|mira) (?:també|més) ?:", r"(?:notícia relacionada|notícies relacionades|article relacionat|articles relacionats) ?:",
           r"també (?:t'|us )?(?:pot )?interessa(?:r)? ?:"],
}  # fmt: skip
# A teaser line is a label and a headline.
MAX_INLINE_TEASER_WORDS = 25

_RELATED = {
    "en": [r"related(?: (?:articles?|posts?|stories|story|content|news|reading|topics|coverage|links|videos))?",
           r"up next", r"around the web", r"from the web", r"recommended by(?: \w+)?", r"recent comments",
           r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: these(?: posts)?)?",
           r"more (?:blogs?|articles?|stories|posts|news|insights|reading)(?: (?:on|about|from|in) (?:this|the) "
           r"(?:topic|subject|category|author|section))?", r"more from [\w\s]{1,30}",
           r"read (?:next|also)", r"also read", r"recommended(?: (?:for you|articles|stories|reading))?",
           r"(?:most )?popular(?: (?:posts?|articles?|stories|now|today))?",
           # A site's name may lead the label: "BBC Most Read", "PFT Most Commented".
           r"(?:[\w.]+ )?most (?:read|viewed|shared|emailed|commented)(?: (?:stories|articles|posts))?",
           r"more (?!than )(?:[\w'’-]+ ){1,3}(?:stories|articles)", r"other (?:news|stories|articles)(?: in this section)?",
           r"trending(?: now| stories)?", r"latest (?:news|posts|articles|stories)", r"recent posts",
           r"don't miss", r"editor'?s picks", r"further coverage", r"in other news", r"what to read next",
           r"more on(?: this (?:story|topic))?", r"related coverage from [\w ,:&'’-]{1,40}",
           r"top stories", r"more like this", r"keep reading", r"see also"],
    "de": [r"das könnte sie auch interessieren", r"mehr aus (?:dem|der|unserem|unserer) [\w-]+", r"(?:weitere|ähnliche|verwandte) (?:artikel|beiträge|themen|news)",
           r"mehr zum thema(?: [\w\s]{1,30})?", r"auch interessant", r"lesen sie auch", r"meistgelesen",
           r"beliebte (?:artikel|beiträge)", r"neueste (?:artikel|beiträge)", r"empfohlene artikel",
           r"mehr aus (?:dem )?ressort", r"top-themen", r"weitere nachrichten"],
    "fr": [r"à lire aussi(?: sur (?:le|notre) site)?", r"lire aussi", r"à lire également", r"articles? (?:similaires|liés|connexes)",
           r"sur le même (?:sujet|thème)", r"vous aimerez (?:aussi|peut-être)", r"les plus lus",
           r"derniers articles", r"à découvrir(?: aussi)?", r"dans la même rubrique", r"voir aussi",
           r"autres (?:articles|actualités)", r"les plus commentés"],
    "es": [r"artículos relacionados", r"noticias relacionadas", r"(?:también )?te puede interesar",
           r"también (?:le|te) puede interesar", r"lee también", r"lo más (?:leído|visto)", r"más noticias",
           r"últimas noticias", r"te recomendamos", r"ver también", r"más sobre [\w\s]{1,30}", r"otras noticias",
           r"lo más comentado"],
    "pt": [r"leia também", r"veja também", r"(?:artigos|notícias|posts) relacionad[oa]s", r"(?:você )?também pode gostar(?: de)?",
           r"(?:também )?(?:lhe |te )?pode interessar", r"(?:as |os )?mais lid[oa]s", r"últimas notícias", r"mais notícias",
           r"recomendados para (?:você|si)", r"mais sobre [\w\s]{1,30}", r"outras notícias",
           r"(?:as |os )?mais comentad[oa]s"],
    "it": [r"leggi anche", r"(?:ti )?potrebbe(?: anche)? interessar(?:ti|e)", r"potrebbero interessarti",
           r"(?:articoli|post) correlati", r"notizie correlate", r"(?:i )?più lett[ie]", r"ultime notizie", r"altre notizie",
           r"vedi anche", r"da non perdere", r"ti consigliamo", r"altro su [\w\s]{1,30}"],
    "nl": [r"lees ook", r"gerelateerde (?:artikelen|berichten|items)", r"(?:dit vind je )?misschien ook interessant",
           r"ook interessant", r"meest (?:gelezen|bekeken)", r"laatste nieuws", r"meer nieuws", r"bekijk ook", r"zie ook",
           r"meer over [\w\s]{1,30}", r"ander nieuws", r"meest becommentarieerd"],
    "ru": [r"(?:похожие|связанные|другие|последние|популярные|рекомендуемые) (?:статьи|материалы|новости|записи|публикации)",
           r"читайте (?:также|тоже|ещё|еще)", r"смотрите также", r"см\. также", r"(?:ещё |еще |материалы |новости )?по теме",
           r"(?:самое )?(?:популярное|читаемое|обсуждаемое)", r"самые (?:читаемые|популярные|обсуждаемые)(?: статьи| новости)?",
           r"рекомендуем(?: (?:почитать|прочитать))?", r"вам (?:также )?может (?:быть интересно|понравиться)",
           r"вас (?:также |может )?заинтересует", r"главное за (?:день|неделю)"],
    "bg": [r"(?:свързани|подобни|последни|популярни|препоръчани|най-четени|най-нови|още) (?:статии|новини|публикации|материали)",
           r"прочетете (?:още|също)", r"вижте (?:още|също)", r"(?:още )?по темата", r"най-четени", r"най-коментирани", r"най-популярни",
           r"препоръчано", r"може (?:също )?да ви (?:интересува|хареса)", r"още от (?:рубриката|категорията)(?: [\w\s]{1,30})?"],
    "hr": [r"(?:povezani|slični|najnoviji|najčitaniji|preporučeni|ostali|izdvojeni) (?:članci|sadržaji|tekstovi)",
           r"(?:povezane|slične|najnovije|najčitanije|izdvojene|ostale|najvažnije|vezane) (?:vijesti|vesti|objave)",
           r"(?:pročitajte|pročitaj|čitajte|čitaj) (?:i|još|također|takođe)", r"(?:pogledajte|vidi) (?:i|još|također|takođe)", r"najčitanije",
           r"najnovije", r"izdvojeno", r"preporučujemo", r"(?:možda )?(?:će vas|vas) (?:također |takođe )?(?:zanimati|zanima|interesovati)",
           r"(?:više|još) iz (?:rubrike|kategorije)(?: [\w\s]{1,30})?", r"povezano", r"vezano"],
    "sr": [r"(?:повезани|слични|најновији|најчитанији|препоручени|остали) (?:чланци|текстови)",
           r"(?:повезане|сличне|најновије|најчитаније|остале|најважније) (?:вести|објаве)", r"(?:прочитајте|прочитај|читајте) (?:и|још|такође)",
           r"(?:погледајте|види) (?:и|још|такође)", r"најчитаније", r"најновије", r"препоручујемо",
           r"(?:можда )?(?:ће вас|вас) (?:такође )?(?:занимати|занима|интересовати)", r"(?:више|још) из (?:рубрике|категорије)(?: [\w\s]{1,30})?",
           r"повезано"],
    "th": [r"(?:ข่าว|บทความ|เรื่อง)(?:ที่)?เกี่ยวข้อง", r"(?:ข่าว|บทความ)(?:ล่าสุด|ยอดนิยม|แนะนำ|อื่น ?ๆ)", r"ยอดนิยม", r"(?:คุณ)?อาจ(?:จะ)?(?:สนใจ|ชอบ)",
           r"เรื่องแนะนำ", r"ข่าวเด่น", r"อ่านมากที่สุด", r"(?:ข่าว|บทความ)(?:ที่)?(?:มี)?คน(?:อ่าน|ดู)มากที่สุด"],
    "ms": [r"(?:berita|artikel) (?:berkaitan|lain|terkini|popular|pilihan)", r"baca juga", r"paling (?:banyak )?dibaca",
           r"(?:anda )?mungkin (?:juga )?(?:berminat|suka)", r"pilihan editor", r"terkini", r"popular", r"lihat juga"],
    "pl": [r"(?:podobne|powiązane|polecane|najnowsze|inne) (?:artykuły|wpisy|wiadomości|teksty|posty)",
           r"(?:zobacz|czytaj|przeczytaj) (?:też|także|również)", r"polecane", r"polecamy", r"najczęściej (?:czytane|komentowane)",
           r"najpopularniejsze(?: artykuły| wpisy)?", r"(?:to )?może (?:cię|was) (?:też |także |również )?zainteresować",
           r"więcej (?:na ten temat|z kategorii [\w\s]{1,30}|wiadomości|artykułów)"],
    "tr": [r"(?:ilgili|benzer|önerilen|diğer) (?:haberler|yazılar|içerikler|makaleler)",
           r"(?:bunlar|şunlar) da ilginizi çekebilir", r"ilginizi çekebilir", r"(?:en )?çok okunan(?:lar| haberler)?",
           r"son (?:haberler|dakika haberleri|yazılar)", r"daha fazla haber", r"öne çıkan(?:lar| haberler)", r"editörün seçtikleri",
           r"(?:bu )?(?:haberi|haberleri) de okuyun", r"bunu da okuyun"],
    "sv": [r"relaterade (?:artiklar|nyheter|inlägg|länkar)", r"läs (?:också|även)", r"mer (?:i|om) ämnet",
           r"(?:mest (?:lästa|delade|sedda)|senaste nytt|senaste nyheterna|fler nyheter|andra läser)",
           r"du (?:kanske )?(?:också |även )?(?:gillar|vill läsa)", r"rekommenderat(?: för dig)?", r"populärt(?: just nu)?"],
    "vi": [r"(?:tin|bài viết|bài) liên quan", r"(?:có thể )?bạn (?:cũng )?(?:quan tâm|thích|muốn đọc)",
           r"(?:tin|bài) (?:đọc nhiều|xem nhiều|nổi bật|mới nhất|khác|mới)", r"(?:đọc|xem) nhiều(?: nhất)?", r"tin mới(?: nhất)?",
           r"(?:tin |bài )?cùng chuyên mục", r"đừng bỏ lỡ", r"tiêu điểm", r"nổi bật"],
    "id": [r"(?:berita|artikel|pos|tulisan) (?:terkait|lainnya|terbaru|terpopuler|pilihan|populer)", r"baca juga",
           r"(?:paling banyak|terbanyak) dibaca", r"terpopuler", r"(?:anda )?mungkin (?:juga )?(?:suka|tertarik|menyukai)",
           r"rekomendasi(?: untuk anda)?", r"jangan lewatkan", r"lihat juga", r"terkini", r"pilihan editor", r"populer"],
    "cs": [r"(?:související|podobné|další|nejnovější|doporučené|nejčtenější) (?:články|zprávy|texty|příspěvky)",
           r"(?:čtěte|přečtěte si) (?:také|též|dále)", r"(?:mohlo|mohl|mohla|mohly) by vás (?:také |též |rovněž )?zajímat",
           r"nejčtenější", r"nejnovější", r"související", r"doporučujeme", r"(?:více|další) k tématu", r"k tématu",
           r"(?:více|další) z rubriky(?: [\w\s]{1,30})?"],
    "uk": [r"(?:схожі|пов[’'ʼ]?язані|інші|останні|популярні|рекомендовані) (?:статті|матеріали|новини|записи|публікації)",
           r"читайте (?:також|теж|ще)", r"дивіться також", r"див\. також", r"(?:ще |матеріали |новини )?(?:по|на) темі?",
           r"(?:найпопулярніше|найчитаніше|найобговорюваніше)", r"найпопулярніші(?: статті| новини)?",
           r"рекомендуємо(?: (?:почитати|прочитати))?", r"вам (?:також )?може (?:бути цікаво|сподобатися)",
           r"головне за (?:день|тиждень)", r"новини партнерів"],
    "ro": [r"(?:articole|[șş]tiri) (?:similare|asemănătoare|recomandate|populare|legate)", r"(?:cite[șş]te|citi[țţ]i) [șş]i",
           r"(?:vezi|vede[țţ]i) [șş]i", r"cele mai (?:citite|noi|populare|comentate)(?: articole| [șş]tiri)?",
           r"(?:ar putea|s-ar putea) să te intereseze", r"recomandări(?: pentru tine)?", r"nu rata", r"ultimele [șş]tiri",
           r"mai multe (?:[șş]tiri|articole)(?: din [\w\s]{1,30})?", r"pe aceea[șş]i temă"],
    "hu": [r"kapcsolódó(?: (?:cikkek|hírek|tartalmak|anyagok|cikk))?", r"(?:ezek is )?érdekelhetnek", r"ez is érdekelhet(?:i)?",
           r"(?:a )?legolvasottabb(?: cikkek| hírek)?", r"(?:legfrissebb|legújabb|friss) (?:hírek|cikkek)",
           r"(?:további|más) (?:hírek|cikkek)(?: a témában)?", r"(?:még )?több (?:hír|cikk) a témában", r"ajánlott cikkek",
           r"ajánljuk", r"olvassa el ezt is", r"olvasd el ezt is", r"ne hagyd ki", r"népszerű(?: cikkek| hírek)?"],
    # Chinese, Japanese: a box title is one run of characters, matched whole.
    "ja": [r"関連(?:する)?(?:記事|ニュース|リンク|情報)(?:一覧)?", r"(?:こちらも|あなたへの)?おすすめ(?:の)?(?:記事)?",
           r"こちらもおすすめ", r"あわせて読みたい", r"合わせて読みたい", r"人気(?:の)?(?:記事|ニュース)(?:ランキング)?",
           r"アクセスランキング", r"(?:最新|新着)(?:の)?(?:記事|ニュース)", r"よく読まれている記事",
           r"この記事を読んだ人は(?:こんな記事も読んでいます)?", r"こちらの記事も(?:読まれています|おすすめ)"],
    "zh": [r"相[关關](?:文章|新[闻聞]|[阅閱][读讀]|推荐|推薦|[报報][导導]|内容|[链鏈][接結])", r"延伸[阅閱][读讀]",
           r"推[荐薦][阅閱][读讀]", r"[热熱][门門](?:文章|新[闻聞]|推荐|推薦|排行)?", r"最新(?:文章|新[闻聞]|资讯|資訊)",
           r"猜你喜[欢歡]", r"(?:你|您)可能(?:还|也|還)?(?:会|會)?(?:喜[欢歡]|感[兴興]趣)", r"更多(?:新[闻聞]|文章|精彩|资讯|資訊)",
           r"[编編][辑輯]推[荐薦]", r"精彩推[荐薦]", r"[热熱]点新[闻聞]", r"排行榜"],
    "ko": [r"관련 ?(?:기사|뉴스|글)", r"추천 ?(?:기사|뉴스|글)", r"(?:가장 )?많이 본 ?(?:기사|뉴스)", r"인기 ?(?:기사|뉴스)",
           r"최신 ?(?:기사|뉴스)", r"이 기사와 함께 (?:많이 )?본 기사", r"함께 (?:보면 좋은|읽으면 좋은|볼만한) (?:기사|글|뉴스)",
           r"주요 ?뉴스", r"많이 본 뉴스"],
    "ar": spellings([r"(?:اقرأ|إقرأ|شاهد|طالع) (?:أيض(?:اً|ًا|ا)|كذلك)", r"(?:مقالات|أخبار|مواضيع|موضوعات|مواد|قصص|تدوينات) (?:ذات صلة|مشابهة|متعلقة|مقترحة|أخرى)",
                     r"ذات صلة", r"(?:ال)?أكثر (?:قراءة|مشاهدة|تعليق(?:اً|ًا|ا)?|شعبية|تداول(?:اً|ًا|ا)?)",
                     r"(?:آخر|أحدث) (?:الأخبار|المقالات|المواضيع|التدوينات)", r"قد (?:يعجبك|يهمك|يهمّك|تهمك)(?: أيض(?:اً|ًا|ا))?",
                     r"المزيد من (?:الأخبار|المقالات|المواضيع)", r"اخترنا لك", r"(?:مقالات|أخبار) قد تهمك"]),
    "fa": spellings([r"(?:مطالب|اخبار|خبرهای|نوشته‌های|مقالات|پست‌های) (?:مرتبط|مشابه|پیشنهادی|دیگر)", r"بیشتر بخوانید",
                     r"(?:این (?:مطلب|خبر)(?: را)? )?(?:هم|نیز) بخوانید", r"بخوانید", r"پربازدید‌ترین(?:‌ها| اخبار| مطالب)?",
                     r"پربحث‌ترین(?:‌ها)?", r"(?:آخرین|جدیدترین|تازه‌ترین) (?:اخبار|مطالب|خبرها|نوشته‌ها)", r"پیشنهاد (?:ما|سردبیر)",
                     r"(?:شاید|ممکن است)(?: به این (?:مطالب|موضوعات))? (?:علاقه‌مند باشید|بپسندید|علاقه داشته باشید)"]),
    "he": [r"(?:כתבות|מאמרים|פוסטים|ידיעות) (?:נוספות|נוספים|קשורות|קשורים|אחרונות|אחרונים|מומלצות|מומלצים|דומות|דומים)",
           r"עוד (?:כתבות|מאמרים|חדשות|ידיעות)(?: (?:בנושא|באותו נושא|מהמדור|מהקטגוריה))?", r"עוד (?:בנושא|באותו נושא|מהמדור|בערוץ)",
           r"(?:קראו|קרא|קראי) גם", r"(?:ה)?מומלצים", r"(?:ה)?(?:נקראים|נצפים|פופולריים|מדוברים) ביותר", r"הכי (?:נקראים|נצפים|מדוברים)",
           r"אולי יעניין אותך(?: גם)?", r"אולי (?:תאהבו|תאהב|תאהבי) גם", r"(?:חדשות|מבזקים) (?:אחרונות|אחרונים)", r"מבזקים"],
    "el": spellings([r"(?:διαβάστε|δείτε|διάβασε|δες) (?:επίσης|ακόμη|ακόμα|και)", r"σχετικ(?:ά|ές|οί) (?:άρθρα|ειδήσεις|θέματα|δημοσιεύσεις|αναρτήσεις)",
                     r"(?:τα )?πιο (?:δημοφιλή|διαβασμένα|πολυδιαβασμένα|σχολιασμένα)(?: άρθρα| θέματα)?",
                     r"(?:δημοφιλή|πολυδιαβασμένα|προτεινόμενα)(?: άρθρα| θέματα)?", r"(?:τελευταία|τελευταίες) (?:νέα|ειδήσεις|άρθρα)",
                     r"(?:μπορεί|μπορεί επίσης) να σας (?:ενδιαφέρει|αρέσει|ενδιαφέρουν)", r"περισσότερα (?:άρθρα|νέα|θέματα)",
                     r"ροή ειδήσεων", r"άλλα (?:άρθρα|θέματα|νέα)"]),
    "hi": spellings([r"(?:यह|ये|इसे|इन्हें) भी (?:पढ़ें|देखें|पढ़िए)", r"(?:संबंधित|सम्बंधित|सम्बन्धित|संबन्धित) (?:ख़बरें|लेख|समाचार|पोस्ट|आर्टिकल|न्यूज़)",
                     r"सबसे (?:ज़्यादा|अधिक) (?:पढ़ी|देखी) (?:गई|जाने वाली)(?: ख़बरें)?", r"(?:सबसे )?लोकप्रिय(?: ख़बरें| लेख)?",
                     r"(?:ताज़ा|लेटेस्ट|अन्य|और|बड़ी|टॉप) (?:ख़बरें|न्यूज़|समाचार)", r"ट्रेंडिंग(?: न्यूज़| ख़बरें)?"]),
    "da": [r"læs (?:også|mere om emnet)", r"relaterede (?:artikler|nyheder|indlæg|historier|links)",
           r"mest (?:læste|læst|sete|delte)(?: (?:artikler|nyheder|historier))?", r"seneste (?:nyt|nyheder|artikler|indlæg)",
           r"flere (?:nyheder|artikler|historier)", r"du (?:kan )?(?:måske )?(?:også )?(?:kan lide|synes om|vil (?:også )?(?:læse|synes om|kunne lide))",
           r"anbefalet(?: til dig)?", r"populære (?:artikler|nyheder|indlæg)", r"andre (?:læser|læste) også", r"mere om emnet"],
    "fi": [r"lue myös", r"aiheeseen liittyvät(?: (?:artikkelit|uutiset|jutut))?", r"luetuimmat(?: (?:uutiset|artikkelit|jutut))?",
           r"(?:uusimmat|tuoreimmat) (?:uutiset|artikkelit|jutut)", r"lisää (?:aiheesta|uutisia)", r"suosittelemme",
           r"(?:saatat olla kiinnostunut myös|sinua voisi kiinnostaa)", r"muut lukivat myös", r"katsotuimmat", r"tuoreimmat", r"uusimmat"],
    "no": [r"les (?:også|òg)", r"relaterte (?:artikler|saker|nyheter|innlegg|lenker)", r"mest (?:lest|leste|delte|sette)(?: (?:artikler|saker|nyheter))?",
           r"siste (?:nytt|nyheter|saker|artikler)", r"fle(?:i)?re (?:saker|nyheter|nyheiter|artikler|artiklar)",
           r"du vil kanskje (?:også )?(?:like|lese)", r"anbefalt(?: for deg)?", r"mer om (?:emnet|saken)", r"populære (?:artikler|saker)"],
    "sk": [r"(?:súvisiace|podobné|ďalšie|najnovšie|odporúčané|najčítanejšie) (?:články|správy|príspevky)", r"čítajte (?:aj|tiež)",
           r"prečítajte si (?:aj|tiež)", r"mohlo by vás (?:zaujímať|zaujať)", r"najčítanejšie", r"najnovšie", r"súvisiace"],
    "ca": [r"llegeix(?:-ho)? també", r"notícies relacionades", r"articles relacionats", r"contingut relacionat",
           r"(?:el |els |les )?més (?:llegit|llegits|llegides|vist|vistos|compartit|compartits)", r"(?:últimes|darreres) notícies",
           r"(?:també )?(?:et|us) pot interessar", r"més notícies", r"recomanats(?: per a tu)?"],
}  # fmt: skip

_TAG_LABEL = LowerCasePattern.compile(
    r"^(?:popular |all |related )?(?:tags?|tagged(?: with| in)?|topics?|categories|category|filed under|"
    r"schlagw(?:ö|oe)rter|schlagworte|themen|kategorien?|stichw(?:ö|oe)rter|mots[- ]clés|étiquettes|"
    r"thèmes|catégories?|etiquetas|temas|categorías?|palabras clave|categorias?|palavras-chave|assuntos|"
    r"categorie|argomenti|parole chiave|etichette|trefwoorden|categorieën|onderwerpen|"
    r"теги|метки|ключевые слова|рубрики?|tagi|słowa kluczowe|kategorie|kategoria|etiketler|etiket|anahtar kelimeler|"
    r"kategoriler|kategori|taggar|etiketter|nyckelord|kategorier|"
    r"(?:thẻ|từ kh(?:óa|oá)|kata kunci|topik|štítky|tagy|klíčová slova|témata|мітки|ключові слова|etichete|cuvinte cheie|"
    r"címkék|kulcsszavak|témák|"
    r"(?:ال)?وسوم|(?:ال)?كلمات (?:ال)?مفتاحية|(?:ال)?تصنيفات|برچسب(?:\u200c| )?ها|برچسب|کلیدواژه(?:\u200c| )?ها|کلمات کلیدی|"
    r"دسته(?:\u200c| )?بندی|תגיות|קטגוריות|ετικ[έε]τες|λ[έε]ξεις[- ]κλειδι[άα]|κατηγορ[ίι]ες|κατηγορ[ίι]α|टैग्स|टैग|"
    r"श्रेणि(?:याँ|यां)|श्रेणी|कीवर्ड्स|emneord|nøgleord|emner|"
    r"tagit|avainsanat|asiasanat|aiheet|kategoriat|stikkord|nøkkelord|tagger|kľúčové slová|témy|kategórie|etiquetes|"
    r"paraules clau|temes|етикети|тагове|ключови думи|oznake|tagovi|ključne riječi|"
    r"ključne reči|ознаке|тагови|кључне речи|แท็ก|คำค้น|หมวดหมู่)(?=\s*(?:[:：]|$))|タグ|キーワード|カテゴリー?|"
    # (A label ending in a vowel sign, "श्रेणी", has no \b after it: WORD_END.)
    rf"标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類|태그|키워드|카테고리){WORD_END}\s*[:：]?"
)
MAX_TAG_WORDS = 4  # a tag is a short name


def _tags(block: Block, page: Page) -> str | None:
    text = block.features.normalized
    match = _TAG_LABEL.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if not rest:
        return f"tag list label '{text}'"
    items = [i.strip() for i in re.split(r"[,;|•·/、，،]|\s{2,}", rest) if i.strip()]
    has_links = block.features.links >= max(1, len(items) // 2)
    # (The normalized text has lost its final stop: the visible text still ends the sentence.)
    if not block.features.visible.rstrip().endswith((".", "!", "?")) and (
        has_links or all(len(i.split()) <= MAX_TAG_WORDS for i in items)
    ):
        return f"tag list '{match.group(0).strip()}' with {len(items)} tags"
    return None


# Teaser links that name what they lead to in capitals: "China answers Macron [INSIGHT]",
# "Max Boyle eliminated on 'The Voice' [WATCH]". A source in brackets ("[CNET]") is no such tag.
_TEASER_TAG = re.compile(
    r"^\W{0,3}\S.{18,200}?\s\[(?:WATCH|VIDEO|VIDEOS|INSIGHT|REACTION|PICTURES|PICS|PHOTOS|GALLERY|REVEALED|LATEST|LIVE|"
    r"POLL|QUIZ|ANALYSIS|LISTEN|OPINION|UPDATE|EXCLUSIVE|REVIEW)\]\W{0,3}$"
)
MAX_TAGGED_TEASER_WORDS = 120


def _tagged_teasers(block: Block, page: Page) -> str | None:
    if "]" not in block.features.visible.rstrip()[-4:]:  # _TEASER_TAG: "]" then at most three marks
        return None  # most blocks: no tag at their end, no line to read
    lines = [visible_text(line) for line in block.text.split("\n") if line.strip()]
    if lines and all(_TEASER_TAG.match(line.strip()) for line in lines):
        return f"{len(lines)} teaser link(s) tagged in capitals ('{lines[0].strip()[-30:]}')"
    return None


RULES = (
    phrase_rule(RELATED, _RELATED, mode="whole", max_words=10),
    BlockRule(INLINE_TEASER, _tagged_teasers, frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}), MAX_TAGGED_TEASER_WORDS),
    phrase_rule(INLINE_TEASER, _INLINE_TEASER, mode="start", max_words=MAX_INLINE_TEASER_WORDS),
    BlockRule(TAGS, _tags, frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM})),
)
