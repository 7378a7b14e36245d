"""Every rule family: named remove and keep cases, in thirty-five languages, asserting the rule code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from cmo_clean import clean_text
from cmo_clean.rules import BLOCK_RULES, all_rules, find_rule

CASES = yaml.safe_load((Path(__file__).parent / "rule_cases.yaml").read_text(encoding="utf-8"))

ARTICLES = {
    "en": (
        "The harbour of the small town reopened on Monday after two years of repairs, and the first "
        "ferry left at seven in the morning with more than two hundred passengers on board.",
        "The mayor thanked the workers and said that the town had waited far too long for this day, "
        "because the fishing boats had been forced to use the next harbour along the coast.",
        "Engineers replaced the eastern sea wall and dredged the channel, which had silted up so badly "
        "that larger boats could no longer enter the harbour at low tide in the winter months.",
    ),
    "de": (
        "Der Hafen der kleinen Stadt wurde am Montag nach zwei Jahren Bauzeit wieder eröffnet, und die "
        "erste Fähre legte um sieben Uhr morgens mit mehr als zweihundert Fahrgästen ab.",
        "Der Bürgermeister dankte den Arbeitern und sagte, dass die Stadt viel zu lange auf diesen Tag "
        "gewartet habe, weil die Fischer in den Nachbarhafen ausweichen mussten.",
        "Die Ingenieure haben die östliche Kaimauer ersetzt und die Fahrrinne ausgebaggert, die so stark "
        "verschlammt war, dass größere Schiffe bei Ebbe nicht mehr in den Hafen kamen.",
    ),
    "fr": (
        "Le port de la petite ville a rouvert lundi après deux ans de travaux, et le premier ferry est "
        "parti à sept heures du matin avec plus de deux cents passagers à son bord.",
        "Le maire a remercié les ouvriers et a dit que la ville avait attendu ce jour bien trop "
        "longtemps, car les pêcheurs devaient utiliser le port voisin sur la côte.",
        "Les ingénieurs ont remplacé la digue est et dragué le chenal, qui était tellement envasé que les "
        "grands bateaux ne pouvaient plus entrer dans le port à marée basse en hiver.",
    ),
    "es": (
        "El puerto de la pequeña ciudad reabrió el lunes después de dos años de obras, y el primer ferry "
        "salió a las siete de la mañana con más de doscientos pasajeros a bordo.",
        "El alcalde dio las gracias a los trabajadores y dijo que la ciudad había esperado demasiado "
        "tiempo este día, porque los pescadores tenían que usar el puerto vecino de la costa.",
        "Los ingenieros sustituyeron el dique del este y dragaron el canal, que estaba tan lleno de barro "
        "que los barcos grandes ya no podían entrar en el puerto con la marea baja en invierno.",
    ),
    "pt": (
        "A biblioteca municipal da vila voltou a abrir as portas na segunda-feira, depois de um ano e meio de "
        "obras, e recebeu logo na primeira manhã mais de trezentos visitantes, muitos deles alunos das escolas vizinhas.",
        "A presidente da câmara agradeceu aos funcionários e lembrou que os leitores tiveram de usar durante todo "
        "esse tempo uma sala provisória no antigo mercado, sem aquecimento e com metade dos livros em caixas.",
        "Os técnicos reforçaram o telhado, instalaram um elevador e criaram uma sala de estudo no primeiro andar, "
        "que vai ficar aberta até às dez da noite durante a época de exames.",
    ),
    "it": (
        "Il mercato coperto del paese ha riaperto lunedì dopo due anni di lavori, e fin dalle sette del mattino "
        "decine di famiglie hanno fatto la spesa tra i banchi di frutta, pesce e formaggi della zona.",
        "Il sindaco ha ringraziato gli operai e ha ricordato che i commercianti avevano dovuto vendere per tutto "
        "quel tempo sotto le tende in piazza, con il freddo d'inverno e il caldo d'estate.",
        "I tecnici hanno rifatto il tetto, sostituito le vecchie tubature e aggiunto un parcheggio per le "
        "biciclette, che secondo il comune servirà soprattutto agli anziani che abitano nel centro storico.",
    ),
    "nl": (
        "De brug over het kanaal is maandag na anderhalf jaar werk weer opengegaan, en al om zeven uur 's ochtends "
        "fietsten honderden scholieren en forensen over het nieuwe wegdek naar de andere kant van het dorp.",
        "De burgemeester bedankte de bouwvakkers en zei dat de inwoners veel te lang hadden moeten omrijden, omdat "
        "de dichtstbijzijnde oversteek bijna vier kilometer verderop lag, bij de oude sluis.",
        "De ingenieurs hebben de pijlers versterkt en de brug een halve meter hoger gemaakt, zodat ook de grotere "
        "vrachtschepen op het kanaal er voortaan zonder te wachten onder door kunnen varen.",
    ),
    # Russian, Polish, Turkish, Swedish, Japanese, Chinese, Korean
    "ru": (
        "В понедельник в небольшом городе на севере области после двух лет ремонта снова открылся речной вокзал, "
        "и первый теплоход отошёл от причала в семь часов утра, увозя на борту больше двухсот пассажиров.",
        "Глава города поблагодарил строителей и сказал, что жители слишком долго ждали этого дня, потому что всё "
        "это время им приходилось ездить на автобусе до соседней пристани за сорок километров.",
        "Инженеры укрепили берег, заменили старые сваи и углубили фарватер, который так сильно заилился, что "
        "крупные суда осенью уже не могли подойти к городу.",
    ),
    "pl": (
        "W poniedziałek po dwóch latach remontu ponownie otwarto dworzec kolejowy w małym mieście na południu kraju, "
        "a pierwszy pociąg odjechał o siódmej rano z ponad dwustoma pasażerami na pokładzie.",
        "Burmistrz podziękował robotnikom i powiedział, że mieszkańcy zbyt długo czekali na ten dzień, ponieważ "
        "przez cały ten czas musieli dojeżdżać autobusem do stacji w sąsiedniej gminie.",
        "Inżynierowie wymienili tory, wyremontowali zabytkowy budynek poczekalni i zbudowali nowy peron, na którym "
        "zmieszczą się także dłuższe pociągi dalekobieżne jeżdżące nad morze.",
    ),
    "tr": (
        "Küçük sahil kasabasındaki balıkçı limanı iki yıl süren onarımın ardından pazartesi günü yeniden açıldı ve "
        "ilk feribot sabah saat yedide iki yüzden fazla yolcuyla iskeleden ayrıldı.",
        "Belediye başkanı işçilere teşekkür etti ve kasaba halkının bu günü çok uzun süre beklediğini, çünkü "
        "balıkçıların bütün bu zaman boyunca komşu limanı kullanmak zorunda kaldığını söyledi.",
        "Mühendisler doğu tarafındaki dalgakıranı yeniledi ve kanalı derinleştirdi, çünkü biriken çamur yüzünden "
        "büyük tekneler kış aylarında limana giremiyordu.",
    ),
    "sv": (
        "Den lilla stadens hamn öppnade igen på måndagen efter två års renoveringar, och den första färjan lämnade "
        "kajen klockan sju på morgonen med över tvåhundra passagerare ombord.",
        "Kommunalrådet tackade arbetarna och sade att invånarna hade väntat alldeles för länge på den här dagen, "
        "eftersom fiskebåtarna under hela tiden hade fått använda grannortens hamn.",
        "Ingenjörerna har byggt om den östra vågbrytaren och muddrat farleden, som hade slammat igen så mycket att "
        "större fartyg inte längre kunde ta sig in i hamnen vid lågvatten.",
    ),
    "vi": (
        "Cây cầu bắc qua sông ở thị trấn nhỏ phía bắc tỉnh đã thông xe trở lại vào sáng thứ Hai sau gần hai năm "
        "sửa chữa, và ngay từ sáu giờ sáng hàng trăm người đi xe máy đã nối đuôi nhau qua cầu để đến chợ và trường học.",
        "Chủ tịch thị trấn cảm ơn các công nhân và nói rằng người dân đã chờ đợi ngày này quá lâu, vì suốt thời gian "
        "qua họ phải đi đường vòng gần mười cây số qua cây cầu cũ ở xã bên cạnh.",
        "Các kỹ sư đã gia cố trụ cầu, thay toàn bộ mặt đường và nâng dầm cầu cao thêm nửa mét, để những chiếc sà lan "
        "chở cát lớn hơn có thể đi qua mà không phải chờ nước xuống vào mùa lũ.",
    ),
    "id": (
        "Pasar tradisional di kota kecil itu dibuka kembali pada hari Senin setelah dua tahun direnovasi, dan sejak "
        "pukul enam pagi ratusan warga sudah berbelanja sayur, ikan, dan bumbu dapur di los-los yang baru.",
        "Wali kota berterima kasih kepada para pekerja dan mengatakan bahwa para pedagang terlalu lama berjualan di "
        "tenda darurat di pinggir jalan, yang selalu tergenang ketika hujan deras turun.",
        "Para insinyur memperbaiki atap, memasang saluran air yang lebih besar, dan menambah tempat parkir sepeda "
        "motor, yang menurut pemerintah kota akan sangat membantu pembeli dari desa-desa sekitar.",
    ),
    "cs": (
        "Nádraží v malém městě na jihu kraje se v pondělí po dvou letech rekonstrukce znovu otevřelo cestujícím a "
        "první vlak odjel v šest hodin ráno s více než dvěma sty lidmi na palubě.",
        "Starosta poděkoval dělníkům a řekl, že obyvatelé čekali na tento den příliš dlouho, protože celou dobu "
        "museli jezdit autobusem na zastávku v sousední obci.",
        "Inženýři vyměnili koleje, opravili historickou budovu čekárny a postavili nové nástupiště, u kterého mohou "
        "zastavovat i delší rychlíky jezdící do krajského města.",
    ),
    "uk": (
        "У понеділок у невеликому містечку на заході області після двох років ремонту знову відкрився міст через "
        "річку, і вже о сьомій ранку ним проїхали сотні машин, автобусів та велосипедистів.",
        "Міський голова подякував будівельникам і сказав, що мешканці надто довго чекали на цей день, адже весь цей "
        "час їм доводилося об'їжджати через сусіднє село за двадцять кілометрів.",
        "Інженери зміцнили опори, замінили старе покриття та підняли проліт на пів метра, щоб під мостом навесні "
        "могли проходити більші човни місцевих рибалок.",
    ),
    "ro": (
        "Piața agroalimentară din micul oraș de pe malul Dunării s-a redeschis luni după doi ani de lucrări, iar încă "
        "de la ora șapte dimineața sute de localnici au cumpărat legume, pește și brânză de la tarabele noi.",
        "Primarul le-a mulțumit muncitorilor și a spus că negustorii au așteptat prea mult această zi, pentru că în "
        "tot acest timp au fost nevoiți să vândă sub corturi, în parcarea de lângă gară.",
        "Inginerii au refăcut acoperișul, au schimbat instalația de apă și au amenajat un loc pentru biciclete, care, "
        "potrivit primăriei, va fi folosit mai ales de vârstnicii din centrul vechi.",
    ),
    "hu": (
        "A kisváros kikötője hétfőn két év felújítás után újra megnyílt, és az első komp reggel hét órakor több mint "
        "kétszáz utassal a fedélzetén hagyta el a mólót.",
        "A polgármester megköszönte a munkások munkáját, és azt mondta, hogy a lakosok túl sokáig vártak erre a "
        "napra, mert a halászoknak egész idő alatt a szomszédos falu kikötőjét kellett használniuk.",
        "A mérnökök megerősítették a keleti hullámtörő gátat és kikotorták a bejárót, amely annyira feliszapolódott, "
        "hogy alacsony vízállásnál a nagyobb hajók már nem tudtak befutni a kikötőbe.",
    ),
    "ja": (
        "海沿いの小さな町の港が二年間の改修工事を終えて月曜日に再開し、午前七時には二百人を超える乗客を乗せた"
        "最初のフェリーが岸壁を離れた。",
        "町長は作業員に感謝の言葉を述べ、この間、漁師たちは隣町の港まで船を回さなければならなかったため、"
        "住民はこの日を長い間待ち望んでいたと語った。",
        "技術者たちは東側の防波堤を造り直し、泥がたまって冬の干潮時には大きな船が入れなくなっていた航路を"
        "深く掘り下げた。",
    ),
    "zh": (
        "这座海边小城的港口经过两年的改造工程，于周一重新开放，第一班渡轮早上七点载着两百多名乘客驶离码头。",
        "市长向施工人员表示感谢，他说，在这段时间里，渔民们不得不把船开到邻近城镇的港口，居民们已经等待这一天很久了。",
        "工程师们重建了东侧的防波堤，并疏浚了航道，此前航道淤积严重，冬季退潮时大型船只已经无法进港。",
    ),
    "ko": (
        "바닷가 작은 도시의 항구가 2년간의 보수 공사를 마치고 월요일에 다시 문을 열었으며, 오전 7시에 승객 "
        "200여 명을 태운 첫 여객선이 부두를 떠났다.",
        "시장은 작업자들에게 감사의 뜻을 전하며, 그동안 어민들이 이웃 도시의 항구를 이용해야 했기 때문에 "
        "주민들이 이날을 오랫동안 기다려 왔다고 말했다.",
        "기술자들은 동쪽 방파제를 새로 쌓고 항로를 준설했는데, 그동안 진흙이 쌓여 겨울철 썰물 때에는 큰 배가 "
        "항구에 들어올 수 없었다.",
    ),
    # Arabic, Persian, Hebrew, Greek, Hindi, Danish
    "ar": (
        "أعادت البلدية فتح الجسر القديم فوق النهر صباح يوم الإثنين بعد عامين من أعمال الترميم، وعبره في الساعة "
        "الأولى أكثر من ثلاثمئة شخص بين مشاة وراكبي دراجات.",
        "وشكر رئيس البلدية العمال على جهودهم، وقال إن السكان انتظروا هذا اليوم طويلاً، لأنهم اضطروا طوال تلك "
        "المدة إلى قطع مسافة عشرة كيلومترات للوصول إلى الضفة الأخرى.",
        "وقام المهندسون بتقوية الأعمدة الحجرية واستبدال الأرضية الخشبية بالكامل، كما أضافوا إنارة جديدة تجعل "
        "العبور آمناً في ساعات المساء خلال فصل الشتاء.",
    ),
    "fa": (
        "کتابخانه عمومی شهر پس از یک سال و نیم بازسازی روز دوشنبه دوباره درهای خود را به روی مردم باز کرد و در "
        "همان ساعت‌های اول بیش از دویست نفر به آن سر زدند.",
        "شهردار از کارگران و کارکنان کتابخانه تشکر کرد و گفت که اهالی در تمام این مدت مجبور بودند برای امانت "
        "گرفتن کتاب به شهر همسایه بروند.",
        "مهندسان سقف ساختمان را تعمیر کردند، یک آسانسور تازه ساختند و سالن مطالعه طبقه دوم را بزرگ‌تر کردند تا "
        "دانشجویان در فصل امتحانات جای بیشتری داشته باشند.",
    ),
    "he": (
        "הנמל של העיירה הקטנה נפתח מחדש ביום שני אחרי שנתיים של שיפוצים, והמעבורת הראשונה יצאה בשבע בבוקר עם "
        "יותר ממאתיים נוסעים על הסיפון.",
        "ראש העירייה הודה לפועלים ואמר שהתושבים חיכו ליום הזה זמן רב מדי, משום שבכל התקופה הזאת נאלצו הדייגים "
        "להשתמש בנמל השכן לאורך החוף.",
        "המהנדסים חיזקו את שובר הגלים המזרחי והעמיקו את התעלה, שהתמלאה בבוץ עד כדי כך שספינות גדולות לא יכלו "
        "עוד להיכנס לנמל בשעות השפל.",
    ),
    # Bulgarian, Croatian, Serbian (Cyrillic and Latin script), Thai, Malay
    "bg": (
        "Пристанището на малкия град отново отвори врати в понеделник след две години ремонт, а първият ферибот "
        "отплава в седем часа сутринта с повече от двеста пътници на борда.",
        "Кметът благодари на работниците и каза, че жителите са чакали този ден твърде дълго, защото през цялото "
        "време рибарите трябваше да използват съседното пристанище по крайбрежието.",
        "Инженерите укрепиха източния вълнолом и задълбочиха канала, който беше толкова затлачен, че по-големите "
        "кораби вече не можеха да влизат в пристанището през зимата.",
    ),
    "hr": (
        "Luka malog grada ponovno je otvorena u ponedjeljak nakon dvije godine radova, a prvi trajekt isplovio je "
        "u sedam sati ujutro s više od dvjesto putnika na palubi.",
        "Gradonačelnik je zahvalio radnicima i rekao da su mještani predugo čekali ovaj dan, jer su ribari cijelo "
        "to vrijeme morali koristiti susjednu luku na obali.",
        "Inženjeri su obnovili istočni lukobran i produbili kanal, koji je bio toliko zamuljen da veći brodovi "
        "zimi više nisu mogli uploviti u luku.",
    ),
    "sr": (
        "Лука малог града поново је отворена у понедељак после две године радова, а први трајект испловио је у "
        "седам сати ујутру са више од двеста путника на палуби.",
        "Градоначелник се захвалио радницима и рекао да су мештани предуго чекали овај дан, јер су рибари све то "
        "време морали да користе суседну луку на обали.",
        "Инжењери су обновили источни лукобран и продубили канал, који је био толико замуљен да већи бродови зими "
        "више нису могли да упловљавају у луку.",
    ),
    "sr-latn": (
        "Luka malog grada ponovo je otvorena u ponedeljak posle dve godine radova, a prvi trajekt isplovio je u "
        "sedam sati ujutru sa više od dvesta putnika na palubi.",
        "Gradonačelnik se zahvalio radnicima i rekao da su meštani predugo čekali ovaj dan, jer su ribari sve to "
        "vreme morali da koriste susednu luku na obali.",
        "Inženjeri su obnovili istočni lukobran i produbili kanal, koji je bio toliko zamuljen da veći brodovi zimi "
        "više nisu mogli da uplovljavaju u luku.",
    ),
    "th": (
        "ท่าเรือของเมืองเล็กริมทะเลเปิดให้บริการอีกครั้งเมื่อวันจันทร์ หลังจากปิดซ่อมแซมนานสองปี "
        "และเรือเฟอร์รี่ลำแรกออกจากท่าเมื่อเวลาเจ็ดโมงเช้าพร้อมผู้โดยสารกว่าสองร้อยคน",
        "นายกเทศมนตรีกล่าวขอบคุณคนงานทุกคน และบอกว่าชาวบ้านรอวันนี้มานานเกินไปแล้ว "
        "เพราะตลอดเวลาที่ผ่านมาชาวประมงต้องไปใช้ท่าเรือของเมืองข้างเคียงซึ่งอยู่ไกลออกไปตามชายฝั่ง",
        "วิศวกรได้เสริมเขื่อนกันคลื่นด้านตะวันออกและขุดลอกร่องน้ำ ซึ่งตื้นเขินมากจนเรือขนาดใหญ่ "
        "ไม่สามารถเข้าเทียบท่าได้ในช่วงน้ำลงของฤดูหนาว",
    ),
    "ms": (
        "Pelabuhan pekan kecil itu dibuka semula pada hari Isnin selepas dua tahun kerja-kerja pembaikan, dan feri "
        "pertama bertolak pada pukul tujuh pagi dengan lebih daripada dua ratus penumpang.",
        "Yang Dipertua Majlis mengucapkan terima kasih kepada para pekerja dan berkata penduduk sudah terlalu lama "
        "menunggu hari ini, kerana nelayan terpaksa menggunakan pelabuhan jiran di sepanjang pantai.",
        "Jurutera telah mengukuhkan tembok laut di sebelah timur dan mengorek terusan yang begitu cetek sehingga "
        "kapal-kapal besar tidak lagi dapat memasuki pelabuhan ketika air surut.",
    ),
    "el": (
        "Το λιμάνι της μικρής πόλης άνοιξε ξανά τη Δευτέρα ύστερα από δύο χρόνια εργασιών, και το πρώτο πλοίο "
        "αναχώρησε στις επτά το πρωί με περισσότερους από διακόσιους επιβάτες.",
        "Ο δήμαρχος ευχαρίστησε τους εργάτες και είπε ότι οι κάτοικοι περίμεναν πολύ καιρό αυτή τη μέρα, επειδή οι "
        "ψαράδες αναγκάζονταν όλο αυτό το διάστημα να χρησιμοποιούν το γειτονικό λιμάνι.",
        "Οι μηχανικοί ενίσχυσαν τον ανατολικό κυματοθραύστη και βάθυναν το κανάλι, το οποίο είχε γεμίσει τόσο πολύ "
        "λάσπη ώστε τα μεγάλα σκάφη δεν μπορούσαν πια να μπουν στο λιμάνι τον χειμώνα.",
    ),
    "hi": (
        "शहर का पुराना रेलवे स्टेशन दो साल की मरम्मत के बाद सोमवार को फिर से खुल गया, और सुबह सात बजे पहली ट्रेन "
        "दो सौ से ज़्यादा यात्रियों को लेकर रवाना हुई।",
        "महापौर ने मज़दूरों का धन्यवाद किया और कहा कि लोगों ने इस दिन का बहुत लंबा इंतज़ार किया है, क्योंकि इस पूरे "
        "समय उन्हें पास के कस्बे के स्टेशन तक बस से जाना पड़ता था।",
        "इंजीनियरों ने पुरानी पटरियाँ बदलीं, प्रतीक्षालय की छत की मरम्मत की और एक नया प्लेटफ़ॉर्म बनाया, जिस पर "
        "अब लंबी दूरी की गाड़ियाँ भी आसानी से रुक सकेंगी।",
    ),
    "da": (
        "Havnen i den lille by åbnede igen mandag efter to års renovering, og den første færge sejlede klokken syv "
        "om morgenen med mere end to hundrede passagerer om bord.",
        "Borgmesteren takkede håndværkerne og sagde, at borgerne havde ventet alt for længe på denne dag, fordi "
        "fiskerne i hele perioden havde været nødt til at bruge nabobyens havn.",
        "Ingeniørerne har bygget den østlige mole om og uddybet sejlrenden, som var blevet så tilslammet, at større "
        "skibe ikke længere kunne komme ind i havnen ved lavvande.",
    ),
    "fi": (
        "Pikkukaupungin satama avattiin maanantaina uudelleen kahden vuoden korjaustöiden jälkeen, ja ensimmäinen "
        "lautta lähti aamulla kello seitsemän yli kahdensadan matkustajan kanssa.",
        "Kaupunginjohtaja kiitti rakentajia ja sanoi, että asukkaat olivat odottaneet tätä päivää aivan liian kauan, "
        "koska kalastajat olivat joutuneet koko ajan käyttämään naapurikaupungin satamaa.",
        "Insinöörit rakensivat itäisen aallonmurtajan uudelleen ja syvensivät väylää, joka oli liettynyt niin pahasti, "
        "etteivät suuret alukset enää päässeet satamaan matalan veden aikaan.",
    ),
    "no": (
        "Havnen i den lille byen åpnet igjen mandag etter to års oppussing, og den første fergen gikk klokken sju "
        "om morgenen med mer enn to hundre passasjerer om bord.",
        "Ordføreren takket håndverkerne og sa at innbyggerne hadde ventet altfor lenge på denne dagen, fordi "
        "fiskerne i hele perioden hadde måttet bruke havnen i nabobyen.",
        "Ingeniørene har bygget om den østlige moloen og gjort farleden dypere, for den var blitt så fylt av slam at "
        "større skip ikke lenger kunne komme inn i havnen ved lavvann.",
    ),
    "sk": (
        "Prístav v malom meste sa v pondelok po dvoch rokoch opráv znovu otvoril a prvý trajekt vyplával o siedmej "
        "ráno s viac ako dvesto cestujúcimi na palube.",
        "Starosta poďakoval robotníkom a povedal, že obyvatelia na tento deň čakali príliš dlho, pretože rybári "
        "museli celý ten čas využívať prístav v susednom meste.",
        "Inžinieri prestavali východné mólo a prehĺbili plavebnú dráhu, ktorá bola taká zanesená bahnom, že väčšie "
        "lode sa pri odlive už nemohli dostať do prístavu.",
    ),
    "ca": (
        "El port de la petita ciutat va tornar a obrir dilluns després de dos anys d'obres, i el primer transbordador "
        "va sortir a les set del matí amb més de dues-centes persones a bord.",
        "L'alcalde va agrair la feina dels obrers i va dir que els veïns havien esperat massa temps aquest dia, perquè "
        "durant tot aquest període els pescadors havien hagut de fer servir el port del poble veí.",
        "Els enginyers han reconstruït l'escullera de llevant i han aprofundit el canal, que s'havia omplert tant de "
        "fang que els vaixells grans ja no hi podien entrar amb la marea baixa.",
    ),
}


def _clipping(case: dict[str, Any]) -> str:
    """The line after the article's first paragraph (`middle`) or after its last (`end`)."""
    first, *rest = ARTICLES[case["lang"]]
    paragraphs = [first, *rest, case["line"]] if case.get("at") == "end" else [first, case["line"], *rest]
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("case", CASES["remove"], ids=lambda c: f"{c['code']}-{c['lang']}-{c['line'][:24]}")
def test_remove_case(case: dict[str, Any]) -> None:
    result = clean_text(_clipping(case), suffix=".txt")
    removal = next((r for r in result.removals if case["line"] in r.text), None)
    assert removal is not None, f"not removed: {case['line']!r}"
    assert removal.code == case["code"], removal.reason
    assert removal.reason
    for paragraph in ARTICLES[case["lang"]]:
        assert paragraph in result.output


@pytest.mark.parametrize("case", CASES["keep"], ids=lambda c: f"{c['lang']}-{c['line'][:30]}")
def test_keep_case(case: dict[str, Any]) -> None:
    result = clean_text(_clipping(case), suffix=".md")
    assert case["line"] in result.output, f"{case['why']}: {[r.reason for r in result.removals]}"
    assert result.removals == []


@pytest.mark.parametrize(
    "block_rule", BLOCK_RULES, ids=lambda r: f"{r.rule.code}-{r.check.__qualname__.split('.')[0]}"
)
def test_every_rule_removes_its_own_examples(block_rule) -> None:  # type: ignore[no-untyped-def]
    rule = block_rule.rule
    assert rule.examples, f"{rule.code} has no examples"
    for example in rule.examples:
        # Rules about what follows an article (pitches, author boxes) look only at a page's end.
        at_end = rule.code in ("CTA403", "FTR704", "FTR706")
        # Examples come in several languages, and a page is searched for its own
        # language's phrases (and English ones): some language's page removes each.
        found: set[str] = set()
        for lang in ARTICLES:
            clip = _clipping({"lang": lang, "line": example, "at": "end" if at_end else None})
            if rule.code == "NAV210":  # the page's own address: the clipping must know it
                clip = f"---\nurl: {example}\n---\n\n{clip}"
            result = clean_text(clip, suffix=".txt")
            found |= {r.code for r in result.removals if example.split("\n")[0] in r.text}
            if rule.code in found:
                break
        assert rule.code in found, (example, found)


def test_catalogue_codes_and_names_are_unique_and_resolvable() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert rule.summary and rule.rationale
        assert find_rule(rule.code.lower()) is rule
        assert find_rule(rule.name) is rule
    families = {r.code[:3] for r in rules}
    assert {"RES", "NAV", "SOC", "CTA", "COM", "REL", "FTR", "CKE", "ADV"} <= families


def test_a_page_is_searched_for_its_own_languages_phrases_and_english_ones() -> None:
    from cmo_clean.rules.base import PhraseMatchers

    labels = {"en": ["share"], "de": ["teilen", "mehr"], "fr": ["plus"]}
    matchers = PhraseMatchers(labels, "whole")
    assert matchers.for_language("de").search("mehr") and matchers.for_language("de").search("share")
    assert not matchers.for_language("en").search("mehr")  # a German label on an English page
    assert not matchers.for_language("de").search("plus")
    assert matchers.for_language(None).search("plus")  # language unknown: every phrase
    assert matchers.for_language("ko").search("teilen")  # a language the table lacks: every phrase
    # End to end: "Mehr" (German for "more") is a UI label on a German page, a word on an English one.
    german = clean_text(_clipping({"lang": "de", "line": "Mehr"}), suffix=".txt")
    assert "NAV207" in {r.code for r in german.removals if r.text == "Mehr"}
    english = clean_text(_clipping({"lang": "en", "line": "Mehr"}), suffix=".txt")
    assert not [r for r in english.removals if r.code == "NAV207"]


def test_phrases_end_with_their_word_in_scripts_with_combining_marks() -> None:
    import re

    from cmo_clean.blocks import normalized, word_count
    from cmo_clean.rules.base import contains_matcher, spelling, start_matcher

    # Python's \w leaves out Devanagari vowel signs, Arabic points and the Persian non-joiner:
    # "कर" must not end a word inside "करें", nor "اشتراک" inside "اشتراک‌گذاری".
    assert contains_matcher({"hi": ["कर"]}).search(normalized("आप करें")) is None
    assert contains_matcher({"hi": ["कर"]}).search("आप कर रहे") is not None
    assert contains_matcher({"fa": ["اشتراک"]}).search("اشتراک\u200cگذاری") is None
    assert contains_matcher({"ar": ["تعليق"]}).search("تعليقًا") is None
    assert start_matcher({"hi": ["टिप्पणी करें"]}).search("टिप्पणी करेंगे विशेषज्ञ") is None
    # A vowel sign at the end of a block is part of its last word, and a word is counted once.
    assert normalized("शेयर करें!") == "शेयर करें"
    assert word_count("आपका ईमेल पता प्रकाशित नहीं किया जाएगा") == 7
    # One spelling in the table reads the others.
    read_more = re.compile(spelling("और पढ़ें"))
    assert all(read_more.fullmatch(t) for t in ["और पढ़ें", "और पढें", "और प\u095dें", "और पढ़ें"])
    assert re.fullmatch(spelling("اشتراک‌گذاری"), "اشتراك گذاري")
    assert re.fullmatch(spelling("σχόλια"), "ΣΧΟΛΙΑ".lower())
    assert re.fullmatch(spelling("टिप्पणियाँ"), "टिप्पणियां")


def test_norwegian_pages_of_either_written_standard_read_the_norwegian_table() -> None:
    from cmo_clean.language import detect_language
    from cmo_clean.rules.base import PhraseMatchers

    # py3langid calls Bokmål "no" and Nynorsk "nn"; "nb" is Bokmål's ISO code. All three read "no".
    matchers = PhraseMatchers({"en": ["share"], "no": ["del", "kommentarar"], "da": ["udskriv"]}, "whole")
    for code in ("no", "nb", "nn"):
        assert matchers.for_language(code).search("kommentarar")
        assert matchers.for_language(code).search("share")
        assert not matchers.for_language(code).search("udskriv")
    nynorsk = ("Hamna i den vesle byen opna att måndag etter to års oppussing, og den første ferja gjekk klokka sju "
               "om morgonen med meir enn to hundre passasjerar om bord.")
    assert detect_language(nynorsk) == "nn"
    result = clean_text(f"{nynorsk}\n\nKommentarar\n\n{ARTICLES['no'][1]}\n", suffix=".txt")
    assert [r.code for r in result.removals if r.text == "Kommentarar"] == ["COM502"]
    result = clean_text(f"{nynorsk}\n\nLes meir\n\n{ARTICLES['no'][1]}\n", suffix=".txt")
    assert [r.code for r in result.removals if r.text == "Les meir"] == ["CTA404"]


def test_croatian_serbian_bosnian_pages_share_tables_and_thai_phrases_end_with_their_run() -> None:
    from cmo_clean.rules.base import THAI_RUN, PhraseMatchers, contains_matcher

    labels = {"en": ["share"], "hr": ["podijeli"], "sr": ["подели"], "id": ["bagikan"], "ms": ["kongsi"]}
    matchers = PhraseMatchers(labels, "whole")
    for language in ("hr", "sr", "bs"):  # py3langid reads Serbian in Latin script as Bosnian or Croatian
        assert matchers.for_language(language).search("podijeli") and matchers.for_language(language).search("подели")
        assert not matchers.for_language(language).search("kongsi")
    assert matchers.for_language("ms").search("bagikan") and matchers.for_language("id").search("kongsi")
    # A Thai phrase in running text has Thai letters on both sides: it takes them, up to a space.
    inbox = contains_matcher({"th": [rf"{THAI_RUN}ถึงอีเมลของคุณ{THAI_RUN}"]})
    assert inbox.search("ข่าวเด่นส่งตรงถึงอีเมลของคุณทุกเช้า ฟรี") is not None
    assert contains_matcher({"th": ["ถึงอีเมลของคุณ"]}).search("ข่าวเด่นส่งตรงถึงอีเมลของคุณทุกเช้า") is None


_LONG_BIO = (
    "Mãe de dois filhos e professora de música há vinte anos, Rosa Almeida coordena o programa de canto "
    "coral de uma escola pública em Coimbra, onde vive com a família. Escreve sobre educação musical, "
    "brincadeiras cantadas e o papel dos avós na vida das crianças, e já organizou oficinas de ritmo para "
    "pais e professores em várias cidades do país. Nas horas vagas, toca piano e cuida de uma pequena horta."
)


def test_an_author_box_under_a_heading_with_the_linked_name_goes_with_its_photo_and_bio() -> None:
    box = (
        "#### Sobre [Rosa Almeida](https://example.org/blog/author/rosa-almeida/)\n\n"
        "![Rosa Almeida](https://example.org/img/rosa.jpg)\n\n" + _LONG_BIO
    )
    result = clean_text(_clipping({"lang": "pt", "line": box, "at": "end"}), suffix=".md")
    assert "Rosa Almeida coordena" not in result.output
    assert {r.code for r in result.removals if "Rosa Almeida" in r.text} == {"FTR704"}
    for paragraph in ARTICLES["pt"]:
        assert paragraph in result.output


def test_a_heading_linked_beyond_a_name_or_a_paragraph_under_another_heading_is_no_author_box() -> None:
    for heading in ("#### [Sobre Rosa Almeida](https://example.org/entrevista-rosa/)", "#### Sobre o coral"):
        result = clean_text(_clipping({"lang": "pt", "line": f"{heading}\n\n{_LONG_BIO}", "at": "end"}), suffix=".md")
        assert "Rosa Almeida coordena" in result.output, heading
        assert not [r for r in result.removals if r.code == "FTR704"], heading


_PLAYER = (
    "Video Player is loading.\n\nPlay Video\n\nMute\n\nCurrent Time 0:00\n\n/\n\nDuration 0:00\n\nLoaded: 0%\n\n"
    "Chapters\n\n* descriptions off, selected\n\nFullscreen\n\nThis is a modal window.\n\n"
    "Beginning of dialog window. Escape will cancel and close the window.\n\nEnd of dialog window."
)


def test_a_video_player_between_paragraphs_goes_and_its_labels_with_it() -> None:
    result = clean_text(_clipping({"lang": "en", "line": _PLAYER}), suffix=".md")
    for paragraph in ARTICLES["en"]:
        assert paragraph in result.output
    for label in ("Video Player", "Mute", "Current Time", "Duration", "Chapters", "Fullscreen", "modal window"):
        assert label not in result.output, label
    assert {r.code for r in result.removals if "Chapters" in r.text or "Mute" in r.text} == {"NAV209"}


def test_a_players_labels_without_its_text_stay() -> None:
    # "Chapters" and "Subtitles" are headings of a review as well; only beside a player are they its buttons.
    labels = "Chapters\n\nThe book's twelve chapters follow the ferry from its launch to its last crossing."
    result = clean_text(_clipping({"lang": "en", "line": labels}), suffix=".md")
    assert "Chapters" in result.output
    assert not [r for r in result.removals if r.code == "NAV209"]


def test_a_trail_that_lost_its_separators_is_a_breadcrumb_when_it_ends_with_the_title() -> None:
    title = "Council backs the new ferry pier at last"
    head = f"---\ntitle: {title}\n---\n\n"
    body = "\n\n".join(ARTICLES["en"])
    trail = f"[Home](https://news.example/) News [Local News](https://news.example/local) {title}"
    result = clean_text(f"{head}{trail}\n\n{body}\n", suffix=".md")
    assert [r.code for r in result.removals if "Local News" in r.text] == ["NAV202"]
    for sentence in (f"Home owners cheered, and {title}", f"Homeward the boats sailed as {title}"):
        result = clean_text(f"{head}{body}\n\n{sentence}\n\n{body}\n", suffix=".md")
        assert sentence in result.output, sentence


def test_a_list_of_layout_tokens_goes_and_a_short_list_of_property_names_stays() -> None:
    tokens = ["narrow-browser-and-phone", "medium-browser", "landscape-tablet", "wide-browser-and-larger", "above-phone"]
    result = clean_text(_clipping({"lang": "en", "line": "\n".join(f"- {t}" for t in tokens)}), suffix=".md")
    assert {r.code for r in result.removals if any(t in r.text for t in tokens)} == {"RES101"}
    assert not any(t in result.output for t in tokens)
    properties = "- font-size\n- line-height"
    result = clean_text(_clipping({"lang": "en", "line": properties}), suffix=".md")
    assert "font-size" in result.output and "line-height" in result.output


def test_the_pages_own_address_on_a_line_goes_and_another_address_stays() -> None:
    url = "https://news.example/2025/03/ferry-pier-vote"
    head = f"---\nurl: {url}\n---\n\n"
    for line, removed in ((url, True), ("https://www.news.example/2025/03/ferry-pier-vote/?utm=share", True),
                          ("https://council.example/minutes/2025-03", False)):
        result = clean_text(f"{head}{_clipping({'lang': 'en', 'line': line, 'at': 'end'})}", suffix=".md")
        assert any(r.code == "NAV210" for r in result.removals) is removed, line
