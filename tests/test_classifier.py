"""Block features and the classifier's thresholds: for each, a case on each side of it."""

from __future__ import annotations

import pytest

from cmo_clean import classifier as C
from cmo_clean import clean_text
from cmo_clean import extent as E
from cmo_clean import pipeline as PIPELINE
from cmo_clean.blocks import aligned_columns, describe, split_markdown, split_text, visible_text
from cmo_clean.document import Block, Line
from cmo_clean.normalize import bare_headings

PROSE = (
    "The council agreed on Tuesday to rebuild the old ferry pier, and the work will start in the "
    "spring once the divers have checked the piles under the water for damage."
)
MENU = "Home   News   Sport   Culture   Contact"


def _blocks(text: str, markdown: bool = True, language: str = "en") -> list[Block]:
    lines = [Line(t, i + 1) for i, t in enumerate(text.split("\n"))]
    blocks = split_markdown(lines) if markdown else split_text(lines)
    describe(blocks, len(lines), language)
    return blocks


def _one(text: str, markdown: bool = True) -> Block:
    blocks = _blocks(text, markdown)
    assert len(blocks) == 1, [b.text for b in blocks]
    return blocks[0]


# -- features ------------------------------------------------------------------


def test_visible_text_drops_urls_images_and_markers() -> None:
    assert visible_text("- **[Read](https://x.example/a)** this ![pic](p.png)") == "Read this"


def test_link_density_counts_link_text_over_all_text() -> None:
    assert _one("[Home](/) [News](/news) [Sport](/sport)").features.link_density > C.MAX_LINK_DENSITY
    assert _one(PROSE + " See [the plan](/plan).").features.link_density < 0.1


def test_stopword_density_uses_the_page_language() -> None:
    english = _one(PROSE).features.stopword_density
    assert english > C.STOPWORDS_HIGH
    assert _blocks(PROSE, language="de")[0].features.stopword_density < C.STOPWORDS_LOW


def test_a_regional_variety_uses_its_standard_languages_stoplist() -> None:
    from cmo_clean.language import stopwords

    # py3langid reads some short English texts as Nigerian Pidgin, some Italian as Venetian.
    assert stopwords("pcm") == stopwords("en") and stopwords("vec") == stopwords("it")
    pidgin = _blocks(PROSE, language="pcm")[0].features.stopword_density
    assert pidgin == _one(PROSE).features.stopword_density > C.STOPWORDS_HIGH
    assert stopwords("ja") == frozenset()  # no stoplist: sentences decide


def test_a_finished_sentence_of_names_with_a_linked_name_is_near_good_and_a_link_list_is_not() -> None:
    names = ("MADRID — [Rafael Nadal](/p/1) kept Spain's hopes alive, then Marcel Granollers and Feliciano "
             "Lopez completed the comeback in the decisive doubles match against Russia on Tuesday.")
    block = _one(names)
    assert C.STOPWORDS_SENTENCE <= block.features.stopword_density < C.STOPWORDS_LOW
    assert 0 < block.features.link_density <= C.SENTENCE_LINK_DENSITY
    assert C.classify_block(block, has_stoplist=True).label == C.Label.NEAR
    linked = ("MADRID — [Rafael Nadal](/p/1) kept [Spain's](/t/es) hopes alive, then [Marcel Granollers](/p/2) "
              "and [Feliciano Lopez](/p/3) completed the comeback against [Russia](/t/ru) on Tuesday.")
    block = _one(linked)
    assert block.features.link_density > C.SENTENCE_LINK_DENSITY
    assert C.classify_block(block, has_stoplist=True).label == C.Label.BAD


def test_wide_characters_count_as_several_latin_ones() -> None:
    from cmo_clean.blocks import WIDE_CHAR_WEIGHT, text_length

    assert text_length("pier") == 4
    assert text_length("商標権侵害") == 5 * WIDE_CHAR_WEIGHT
    # A Japanese paragraph of 40 characters is as long as an English one of 120.
    japanese = "商標には、同じ商標が付された商品は同じ品質であることを保証する機能があり、消費者はそれを信頼しています。"
    block = _one(japanese)
    assert block.features.chars >= C.LENGTH_LOW
    assert C.classify_block(block, has_stoplist=False).label != C.Label.SHORT


def test_sentences_and_final_punctuation() -> None:
    block = _one("One sentence here. Another one there!")
    assert block.features.sentences == 2 and block.features.ends_with_punctuation
    assert not _one("A label without an end").features.ends_with_punctuation
    # Chinese and Japanese full stops need no space after them; "！？" ends one sentence.
    assert _one("港口在周一重新开放。第一班渡轮早上七点出发。市长感谢了工人们！").features.sentences == 3
    assert _one("商品の改造が商標法違反に！？").features.sentences == 1
    # A Latin full stop inside a token is no sentence end: "3.5 km", "example.com".
    assert _one("Route 3.5 km via example.com").features.sentences == 0


def test_repeats_count_the_same_text_elsewhere_on_the_page() -> None:
    blocks = _blocks("Most read\n\n" + PROSE + "\n\nMost read")
    assert blocks[0].features.repeats == 1 and blocks[1].features.repeats == 0


def test_position_runs_from_zero_to_one() -> None:
    blocks = _blocks(f"{PROSE}\n\n{PROSE}.\n\n{PROSE}!")
    assert blocks[0].features.position == 0.0 and blocks[-1].features.position == 1.0


def test_wrapped_prose_stays_one_block_and_stacked_widgets_split() -> None:
    wrapped = (
        "The council agreed on Tuesday to rebuild the old ferry pier, and the work\n"
        "will start in the spring once the divers have checked the piles under the\n"
        "water for damage."
    )
    assert len(_blocks(wrapped, markdown=False)) == 1
    assert len(_blocks("Share post\nPrint\nCall us!", markdown=False)) == 3


# -- context-free classes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (PROSE, C.Label.GOOD),  # long, stopwords, no links
        ("[Home](/) [News](/news) [Sport](/sport) [Culture](/culture)", C.Label.BAD),  # link cluster
        ("Sport", C.Label.SHORT),  # short: its neighbours decide
        ("The pier will reopen in May.", C.Label.SHORT),
        (PROSE[:140], C.Label.NEAR),  # under LENGTH_HIGH with stopwords
        ("Quarterly revenue EBITDA guidance FY2024 Q3 segment APAC EMEA LATAM growth margin outlook", C.Label.BAD),
    ],
)
def test_classify_block(text: str, label: C.Label) -> None:
    assert C.classify_block(_one(text), has_stoplist=True).label == label


def test_linkful_prose_is_near_good_not_a_teaser() -> None:
    text = (
        "The [town council of Millbrook](/council) agreed on Tuesday to rebuild [the old ferry pier](/pier), "
        "and the work will start in the spring. Divers will check [the piles under the water](/piles) first."
    )
    block = _one(text)
    assert C.LINK_DENSITY_GOOD < block.features.link_density <= C.MAX_LINK_DENSITY
    assert C.classify_block(block, has_stoplist=True).label == C.Label.NEAR


def test_one_linked_sentence_is_near_good_and_a_linked_label_is_bad() -> None:
    sentence = _one("The council will rebuild [the old ferry pier](/pier) in the spring, as it promised [last year](/y).")
    assert C.LINK_DENSITY_GOOD < sentence.features.link_density <= C.MAX_LINK_DENSITY
    assert sentence.features.sentences == 1
    assert C.classify_block(sentence, has_stoplist=True).label == C.Label.NEAR
    label = _one("Ferry timetable and fares: [winter](/winter) [summer](/summer) schedules")
    assert C.LINK_DENSITY_GOOD < label.features.link_density <= C.MAX_LINK_DENSITY
    assert C.classify_block(label, has_stoplist=True).label == C.Label.BAD


def test_teaser_list_is_bad_and_a_list_of_names_is_short() -> None:
    teasers = _blocks(
        "- Millbrook council votes pier rebuild plan through\n"
        "- Harbour divers report piles sound despite storm damage\n"
        "- Ferry operator adds second boat ahead busy summer season"
    )
    assert C.classify_list(teasers, has_stoplist=True).label == C.Label.BAD
    names = _blocks("- Lonza Group\n- Thermo Fisher Scientific\n- Samsung Biologics")
    assert C.classify_list(names, has_stoplist=True).label == C.Label.SHORT
    # A long menu pools many stopwords, but its items are phrases, not the article's points.
    menu = _blocks("\n".join(f"- {item}" for item in (
        "How We Work", "Who We Are", "Our Story", "Our People", "About Us", "Donate to Us", "Where We Are",
        "What We Do", "How to Help", "Get in Touch", "Work With Us", "Our Team", "Who We Help", "What We Fund",
        "Our Mistakes", "Our Reports")), markdown=False)
    assert C.classify_list(menu, has_stoplist=True).label != C.Label.GOOD
    points = _blocks("- The divers will check all of the piles under the pier\n- The council will pay for most of "
                     "the new deck\n- The work will be done by the end of the spring\n- The ferry will stop at the north pier "
                     "until then", markdown=False)
    assert C.classify_list(points, has_stoplist=True).label == C.Label.GOOD
    # After "The divers recommend:" the same items are the article's points.
    assert C.classify_list(teasers, has_stoplist=True, introduced=True).label == C.Label.SHORT
    # On a page that keeps its links, headlines of other pages would be linked:
    # linkless items are the article's own (a list of steps under a heading).
    assert C.classify_list(teasers, has_stoplist=True, linked_page=True).label == C.Label.SHORT
    linked = _blocks(
        "- [Millbrook council votes pier rebuild plan through](/a)\n"
        "- [Harbour divers report piles sound despite storm damage](/b)\n"
        "- [Ferry operator adds second boat ahead busy summer season](/c)"
    )
    assert C.classify_list(linked, has_stoplist=True, linked_page=True).label == C.Label.BAD


def test_a_lead_in_line_and_its_list_stay_in_the_article() -> None:
    points = ["  • Replacing six piles before the winter storms", "  • Closing the pier to cars for one season",
              "  • Moving the ferry berth to the north side"]
    page = "\n\n".join(
        ["Skip to main content", "Sign in", "Home   News   Sport   Culture   Contact", PROSE,
         "The divers recommend:", *points, "The engineers recommend:",
         "  • Building the new deck from larch grown on the island", "  • Keeping the old lamps along the rail",
         PROSE + ".",
         "Popular Tags", "More stories from the harbour"]
    )
    result = clean_text(page, suffix=".txt")
    for line in ("The divers recommend:", "The engineers recommend:", "Replacing six piles before the winter storms"):
        assert line in result.output


# -- context ---------------------------------------------------------------------

G, N, S, B, H = C.Label.GOOD, C.Label.NEAR, C.Label.SHORT, C.Label.BAD, C.Label.HEADING


def test_short_block_takes_its_neighbours_class() -> None:
    assert E.revise_with_context([G, S, G], set(), [300, 10, 300])[1] == G
    assert E.revise_with_context([B, S, B], set(), [30, 10, 30])[1] == B


def test_short_block_before_a_terminating_block_or_the_edge_stays_with_the_article() -> None:
    assert E.revise_with_context([G, S, B], {2}, [300, 10, 30])[1] == G
    assert E.revise_with_context([G, S], set(), [300, 10])[1] == G
    assert E.revise_with_context([G, S, B], set(), [300, 10, 30])[1] == B


def test_near_good_between_bad_blocks_is_bad_unless_it_is_a_long_run() -> None:
    assert E.revise_with_context([B, N, B], set(), [30, 120, 30])[1] == B
    revised = E.revise_with_context([B, N, N, N, N, B], set(), [30, 120, 120, 120, 120, 30])
    assert revised[1:5] == [G, G, G, G]  # 480 characters >= NEAR_RUN_GOOD_CHARS


def test_heading_is_kept_when_good_text_follows() -> None:
    assert E.revise_with_context([H, G], set(), [20, 300])[0] == G
    assert E.revise_with_context([H, B], set(), [20, 30])[0] == B


# -- extent ------------------------------------------------------------------------


def test_best_span_maximizes_article_against_chrome() -> None:
    assert E.best_span([-40, -40, 300, -40, 200, -400, 100]) == (2, 5)
    assert E.best_span([-40, -40]) is None


def test_a_run_of_chrome_costs_at_most_max_run_cost_or_its_count() -> None:
    long_items = E.cap_chrome_runs([300, -100, -100, -100, -100, -100, 300], set())
    assert sum(long_items[1:6]) == pytest.approx(-E.MAX_RUN_COST)
    menu = [-E.MIN_BAD_COST] * 20
    assert E.cap_chrome_runs(menu, set()) == menu  # many short items: their count decides
    assert E.cap_chrome_runs([300, -400, -400, -400], {2})[2] == -400  # an ending block keeps its weight


def test_a_box_of_headlines_inside_the_article_does_not_split_it() -> None:
    headlines = [
        "Harbour authority announces new rules for private moorings after winter storms",
        "Council leader steps down after row over budget for the new swimming pool",
        "Police appeal for witnesses after a car was driven into the river at night",
        "School inspectors praise primary on the island in their first visit since 2015",
        "Ferry fares to rise by ten per cent from April, operator tells passengers",
        "Lifeboat crew rescue two walkers cut off by the tide below the cliffs",
        "New bakery opens on the quay in the building of the old fish market",
        "Museum receives a grant to restore the paddle steamer that sank in 1921",
    ]
    box = "\n".join(f"- [{title}](https://news.example/{n})" for n, title in enumerate(headlines))
    first = [
        PROSE,
        "The work will be paid for by the county and the harbour trust together, officials said on Tuesday "
        "evening, and the first of the new piles could be driven into the seabed before the summer season.",
        "Residents who have campaigned for years to save the pier said they were delighted with the decision, "
        "though some of them still worry about the noise of the work during the long summer evenings.",
    ]
    second = [
        "Divers found that most of the piles were sound, but six of them will be replaced next year.",
        PROSE.replace("council", "harbour trust") + ".",
        "The pier is the last of the three that once stood along this part of the coast, and the town has "
        "used it for fishing, for concerts in the summer and for the New Year swim since it was built.",
        "A public meeting about the plans will be held in the town hall next month, when the engineers "
        "will show drawings of the new deck and answer questions from anyone who wants to come along.",
    ]
    page = "\n\n".join(
        [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", *first, box, *second,
         "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"]
    )
    result = clean_text(page, suffix=".md")
    for paragraph in first + second:
        assert paragraph in result.output
    assert headlines[0] not in result.output


def test_a_page_without_chrome_keeps_its_short_lines() -> None:
    article = "\n\n".join([PROSE, "Timetable for the winter", "Monday 7:15 to the island", "Tuesday 8:30 back", PROSE])
    result = clean_text(article, suffix=".txt")
    assert result.removals == []
    for line in ("Timetable for the winter", "Monday 7:15 to the island", "Tuesday 8:30 back"):
        assert line in result.output


def test_the_head_of_a_page_with_chrome_is_cut() -> None:
    page = "\n\n".join(
        [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", "Share post", PROSE, PROSE + "."]
    )
    result = clean_text(page, suffix=".md")
    assert MENU not in result.output and PROSE in result.output


def test_an_ad_label_inside_the_article_does_not_split_it() -> None:
    short_lines = ["The pier opens in May.", "Fares stay the same.", "Bikes ride free."]
    page = "\n\n".join(
        [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", "Share post", PROSE,
         "Advertisement", *short_lines, PROSE + "."]
    )
    result = clean_text(page, suffix=".txt")
    assert "Advertisement" not in result.output
    assert {r.code for r in result.removals if r.text == "Advertisement"} == {"ADV901"}
    for line in short_lines:
        assert line in result.output


def test_the_page_language_is_read_from_visible_text_not_image_links() -> None:
    # More gallery blocks than the detector samples, each longer in Markdown than the prose.
    gallery = "\n\n".join(
        " ".join(f"![photo of the harbour {n}](https://img.example/ferry/{n}-{m}.jpg)" for m in range(6))
        for n in range(PIPELINE.LANGUAGE_SAMPLE_BLOCKS + 1)
    )
    german = (
        "Der Gemeinderat hat am Dienstag beschlossen, den alten Fähranleger neu zu bauen. Die Arbeiten "
        "beginnen im Frühjahr, sobald die Taucher die Pfähle unter dem Wasser geprüft haben."
    )
    result = clean_text(f"{gallery}\n\n{german}\n", suffix=".md")
    assert result.metadata["language"] == "de"


def test_unspaced_chinese_and_japanese_count_words_by_length() -> None:
    from cmo_clean.blocks import CJK_CHARS_PER_WORD, word_count

    assert word_count("Subscribe to our newsletter") == 4
    assert word_count("订阅电子报") == -(-5 // CJK_CHARS_PER_WORD)  # 3, as "subscribe to newsletter"
    # A sentence of 40 characters is no four-word widget label, whatever its commas.
    chinese = "城市图书馆昨天宣布，从下个月开始延长开放时间，市民可以在晚上十点之前借阅图书。"
    assert word_count(chinese) >= 18
    assert word_count("2019年10月15日") == 6  # numbers and the characters between them
    assert word_count("서울 시립 도서관이 문을 엽니다") == 5  # Korean spaces its words
    result = clean_text(chinese + "\n", suffix=".md")
    assert result.metadata["words"] == word_count(chinese)


def test_every_script_keeps_its_vowel_signs_inside_its_words() -> None:
    from cmo_clean.blocks import WORD, stopwords

    # Python's \w leaves out the vowel signs of Tamil, Bengali, Thai...: a word
    # must not fall apart at each of them, or its stopwords are never found.
    tamil = "இது ஒரு நல்ல செய்தி என்று மக்கள் கூறினர்"
    assert WORD.findall(tamil) == tamil.split()
    assert WORD.findall("বাংলাদেশের মানুষ") == ["বাংলাদেশের", "মানুষ"]
    assert WORD.findall("กรุงเทพมหานคร ประกาศ") == ["กรุงเทพมหานคร", "ประกาศ"]
    assert {"இது", "ஒரு", "என்று"} <= set(WORD.findall(tamil)) & stopwords("ta")
    assert WORD.findall("café, naïve") == ["café", "naïve"]  # decomposed or not


def test_thai_lao_khmer_and_burmese_count_words_by_length() -> None:
    from cmo_clean.blocks import SOUTHEAST_ASIAN_CHARS_PER_WORD, word_count

    phrase = "กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะใหม่"  # one spaceless phrase of eight words
    assert word_count(phrase) == -(-len(phrase) // SOUTHEAST_ASIAN_CHARS_PER_WORD)
    assert 7 <= word_count(phrase) <= 10
    assert word_count("หน้าแรก") <= 2  # "Home" stays a short label
    assert word_count("ព័ត៌មានថ្មីៗ") <= 3  # Khmer "latest news"


THAI_ARTICLE = [
    "กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะใหม่ในวันจันทร์ที่ผ่านมา "
    "โดยมีเป้าหมายเพื่อลดปัญหาการจราจรติดขัดในเขตเมืองชั้นใน ผู้ว่าราชการกล่าวว่าโครงการนี้จะใช้งบประมาณกว่าสองหมื่นล้านบาท",
    "แผนดังกล่าวประกอบด้วยการเพิ่มเส้นทางรถโดยสารไฟฟ้าอีกสิบสองเส้นทาง การปรับปรุงป้ายรถประจำทางให้มีหลังคาและที่นั่ง "
    "และการเชื่อมต่อระบบตั๋วร่วมกับรถไฟฟ้าทุกสาย",
]


def test_a_space_after_a_long_thai_clause_ends_a_sentence_and_a_menu_entry_has_none() -> None:
    paragraph, menu = _blocks(f"{THAI_ARTICLE[0]}\n\nหน้าแรก\n", markdown=False, language="th")
    assert paragraph.features.sentences == 3
    assert C.classify_block(paragraph, has_stoplist=False).label == C.Label.GOOD
    assert menu.features.sentences == 0
    assert C.classify_block(menu, has_stoplist=False).label != C.Label.GOOD


def test_khmer_and_burmese_full_stops_end_sentences_without_a_space() -> None:
    khmer = "ក្រុងភ្នំពេញបានបើកស្ពានថ្មីកាលពីម្សិលមិញ។ប្រជាជនជាច្រើនបានមកមើល។"
    burmese = "ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။ လမ်းများ ရေလွှမ်းခဲ့သည်။"
    for text in (khmer, burmese):
        (block,) = _blocks(text + "\n", markdown=False, language="xx")
        assert block.features.sentences == 2
        assert block.features.ends_with_punctuation


def test_a_paragraph_broken_at_its_commas_is_one_block_and_stacked_widgets_are_not() -> None:
    lead = ["潮見ヶ浦漁港の岸壁で毎週日曜日の朝に開かれてきた朝市が、", "6日、三年ぶりに元の場所へ戻った。",
            "午前六時の開始前から、", "地元の人や釣り客が長い列をつくった。"]
    assert len(_blocks("\n".join(lead), markdown=False)) == 1
    assert len(_blocks("Share\nPrint\nE-mail\nSubscribe", markdown=False)) == 4
    sentences = ["The pier is closed.", "The ferry runs, as usual.", "Buses leave from the square."]
    assert len(_blocks("\n".join(sentences), markdown=False)) == 3  # most lines end a sentence


# -- stacked lines and captions ------------------------------------------------------

TOUR = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 12 -- Lakewood Amphitheatre, Atlanta, GA",
    "June 14 -- Bridgestone Arena, Nashville, TN",
    "June 17 -- Music Pavilion, Charlotte, NC",
]


def test_line_stacks_are_lines_of_one_paragraph() -> None:
    blocks = _blocks("Alpha one\nBeta two\nGamma three\n\nDelta four", markdown=False)
    assert C.line_stacks(blocks) == [[0, 1, 2]]


def test_a_stack_of_same_shaped_lines_is_a_table_and_a_widget_stack_is_not() -> None:
    tour = _blocks("\n".join(TOUR), markdown=False)
    assert len(tour) == len(TOUR)
    verdict = C.classify_stack(tour, has_stoplist=True)
    assert verdict is not None and verdict.label == C.Label.NEAR
    teasers = _blocks(
        "Millbrook council votes pier rebuild plan through\nHarbour divers report piles sound despite storm\n"
        "Ferry operator adds second boat ahead busy summer\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        markdown=False,
    )
    assert C.classify_stack(teasers, has_stoplist=True) is None
    menu = _blocks("Home\nNews\nSport\nCulture\nContact", markdown=False)
    assert C.classify_stack(menu, has_stoplist=True) is None  # under MIN_STACK_WORDS a line


def test_stacked_lines_that_read_as_prose_are_good() -> None:
    poem = _blocks(
        "The ferry leaves the harbour when the morning light is grey.\n"
        "All the gulls are waiting on the pier for it to come.\n"
        "In the evening it will carry all of us back home again.",
        markdown=False,
    )
    assert len(poem) == 3  # each line ends its own clause, so they are split
    verdict = C.classify_stack(poem, has_stoplist=True)
    assert verdict is not None and verdict.label == C.Label.GOOD


TEXT_TABLE = [
    "  Pos  Player              Plays  %    Notes",
    "  DL   Tom Harbour         63     85%  1 tackle (1 combined). 1 sack, 2 hits.",
    "  DL   Sam Pierpoint       57     77%  1 tackle (1 combined). 3 hits.",
    "  DL   Jo Ferryman         57     77%  3 tackles (3 combined). 1 sack, 1 pass defended.",
    "  DL   Alex Quay           49     66%  2 tackles, 1 assist (3 combined).",
    "  DL   Chris Dock          29     39%  No stats registered.",
]


def test_a_table_rendered_as_text_is_kept_between_the_paragraphs() -> None:
    assert aligned_columns(TEXT_TABLE)
    menu = ["Home  News  Sport", "Weather   Traffic  Tides  Jobs", "About us    Contact   Privacy policy"]
    assert not aligned_columns(menu)
    assert not aligned_columns([PROSE[:80], PROSE[80:]])
    page = "\n\n".join([MENU, "Sign in", "Search", PROSE, "Defensive line", "\n".join(TEXT_TABLE),
                         PROSE + ".", "Copyright 2019 Millbrook Times. All rights reserved."])
    result = clean_text(page, suffix=".txt")
    # One fenced block, header row included (it is set out like a menu line), columns aligned.
    fenced = "```\n" + "\n".join(row[2:] for row in TEXT_TABLE) + "\n```"
    assert fenced in result.output
    assert not [r for r in result.removals if "Player" in r.text]
    assert clean_text(result.output, suffix=".md").output == result.output


def test_tour_dates_at_the_end_of_an_article_are_kept() -> None:
    page = "\n\n".join(
        [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", PROSE, PROSE + ".",
         "The dates:\n" + "\n".join(TOUR), "[Weather](/weather) [Traffic](/traffic) [Tides](/tides)",
         "[Most read](/popular) [Obituaries](/obits) [Puzzles](/puzzles)"]
    )
    result = clean_text(page, suffix=".txt")
    for line in TOUR:
        assert line in result.output


def test_a_photo_credit_or_gallery_counter_is_no_heading() -> None:
    for credit in ["Photo by Jane Doe/Harbour Images", "Image 2 of 5", "Foto: Millbrook Zeitung"]:
        blocks = _blocks("\n\n".join([credit, PROSE]), markdown=False)
        assert bare_headings(blocks) == {}, credit
    blocks = _blocks("\n\n".join(["Photography on the pier", PROSE]), markdown=False)
    assert bare_headings(blocks) == {0: 2}


def test_the_last_of_a_stack_of_short_lines_is_no_heading_over_the_prose_below() -> None:
    places = ["Harbour Office, Quay Street 4", "Ferry Kiosk, Market Square 1", "Town Library (from 3 March)"]
    page = "\n\n".join(["Where to collect parcels", PROSE, "\n".join(places), PROSE + "."])
    blocks = _blocks(page, markdown=False)
    headings = {blocks[i].text for i in bare_headings(blocks)}
    assert headings == {"Where to collect parcels"}
    # Set apart by blank lines, a run of short lines still ends in the heading it leads to.
    spaced = _blocks("\n\n".join([*places, "Where to collect parcels", PROSE]), markdown=False)
    assert {spaced[i].text for i in bare_headings(spaced)} == {"Where to collect parcels"}


def test_a_caption_under_an_image_stays_and_a_caption_repeated_under_every_image_goes() -> None:
    template = "Millbrook Ferry Festival 2019 Harbour Series Photo Gallery"
    short = [
        "The boats came into the harbour at noon, and all of the town was there to see them.",
        "Everyone waved from the end of the pier as the first of the old ferries came in.",
        "Then the band played on the square until it was dark and the boats were lit up.",
    ]
    parts = [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)"]
    for n, line in enumerate(short):
        parts += [f"![](https://img.example/{n}.jpg)", template, line]
    parts += ["![](https://img.example/x.jpg)", "Harbour Master Jane Doe, Millbrook Pier", PROSE]
    result = clean_text("\n\n".join(parts), suffix=".md")
    for line in short:
        assert line in result.output
    assert "Harbour Master Jane Doe, Millbrook Pier" in result.output
    assert template not in result.output
    assert {r.code for r in result.removals if r.text == template} == {"BLK003"}


def test_a_caption_template_repeated_between_paragraphs_of_a_text_copy_does_not_cut_the_article() -> None:
    # A plain-text copy has lost the images; their template caption stays between the paragraphs.
    template = "2019 Millbrook Harbour Series Photo Gallery [Ferry Festival]"
    story = [
        "The boats came into the harbour at noon, and all of the town was there to see them.",
        "Everyone waved from the end of the pier as the first of the old ferries came in.",
        "Then the band played on the square until it was dark and the boats were lit up.",
        "The mayor thanked the crews, and the children were allowed on board the oldest boat.",
    ]
    parts = [MENU, "Sign in", "Search", "Newsletter", "Contact"]
    for line in story:
        parts += [template, line]
    parts += [template + " Photos by Jane Doe", PROSE, "Copyright 2019 Millbrook Times. All rights reserved."]
    result = clean_text("\n\n".join(parts), suffix=".txt")
    for line in [*story, PROSE]:
        assert line in result.output
    assert template not in result.output
    reasons = {r.reason for r in result.removals if r.code == "BLK003"}
    assert any("between the article's paragraphs" in reason for reason in reasons), reasons


def test_a_repeated_line_among_teasers_is_no_caption_template() -> None:
    # The same long byline under every teaser of a feed stands among teasers, not between prose.
    byline = "By the Millbrook Times harbour desk staff reporters"
    teasers = ["Lifeboat crew rescue two walkers", "Bakery opens on the quay", "Pier rebuild vote delayed"]
    parts = []
    for teaser in teasers:
        parts += [f"[{teaser}](/a)", byline]
    blocks = _blocks("\n\n".join([PROSE, *parts]), markdown=False)
    verdicts = [C.classify_block(b, has_stoplist=True) for b in blocks]
    assert C._interleaved_repeats(blocks, verdicts) == []


TEASER_LINES = ["5 Ways to Enjoy the Harbour in June", "6 Walks Along the Old Ferry Route", "Where to Eat Near the Pier Tonight"]


def test_headline_lines_in_a_row_after_the_article_are_teasers() -> None:
    page = "\n\n".join(
        [MENU, "Sign in", "Search", PROSE, PROSE + ".", PROSE + "!", *TEASER_LINES,
         "Sign up for our newsletter", "Copyright 2019 Millbrook Times. All rights reserved."]
    )
    result = clean_text(page, suffix=".txt")
    assert PROSE + "!" in result.output
    for line in TEASER_LINES:
        assert line not in result.output  # bad, so the article's extent ends above them


def test_short_lines_in_a_row_that_the_article_goes_on_after_or_notes_in_brackets_stay() -> None:
    notes = ["(Graphic: Harbour traffic in 2019 - here)", "(Graphic: Ferry fares since 2010 - here)",
             "(Graphic: Pier repairs by year - here)"]
    for lines, after in [(TEASER_LINES, [PROSE + "!"]), (notes, [])]:
        page = "\n\n".join(
            [MENU, "Sign in", "Search", PROSE, PROSE + ".", *lines, *after,
             "Sign up for our newsletter", "Copyright 2019 Millbrook Times. All rights reserved."]
        )
        result = clean_text(page, suffix=".txt")
        for line in lines:
            assert line in result.output


def test_a_column_of_linked_headlines_goes_without_cutting_the_story_around_it() -> None:
    box = ["#### More:", "- #### [Lifeboat crew rescue two walkers](/a)", "- #### [Bakery opens on the quay](/b)",
           "- #### [Pier rebuild vote delayed again](/c)"]
    playlist = []
    for n, title in enumerate(["Harbour at dawn", "The last ferry home", "Divers at work on the piles"]):
        playlist += [f"[![](https://img.example/{n}.jpg)](/v/{n})", f"### [{title}](/v/{n})"]
    opening = "The divers began their survey on Monday, as the harbour board had promised in the spring."
    page = "\n\n".join([MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", *playlist,
                         opening, *box, PROSE, PROSE + ".", "[Privacy](/privacy) [Terms](/terms)"])
    result = clean_text(page, suffix=".md")
    assert opening in result.output and PROSE + "." in result.output
    for line in ["Lifeboat crew rescue two walkers", "Harbour at dawn", "The last ferry home"]:
        assert line not in result.output
    assert any("linked headlines in a column" in r.reason for r in result.removals)


def test_a_linked_heading_over_its_own_text_stays() -> None:
    # A list of products, each named in a linked heading over its review.
    parts = [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)"]
    for n, name in enumerate(["Harbour Kettle 2", "Pier Lamp Mini", "Ferry Flask"]):
        parts += [f"### [{name}](https://shop.example/{n})", PROSE.replace("council", name)]
    result = clean_text("\n\n".join(parts), suffix=".md")
    for name in ["Harbour Kettle 2", "Pier Lamp Mini", "Ferry Flask"]:
        assert f"### [{name}]" in result.output


def test_short_sentences_in_a_row_open_the_article_and_a_lone_one_among_chrome_goes() -> None:
    opening = ["Your harbour matters more than you think.", "There is a strange quiet on the pier today.",
               "The ferry is late again, and nobody is surprised."]
    share = "[Share](/s) [Tweet](/t) [Email](/e)"
    support = "Support the Gazette and make a difference for all of our readers."
    links = "[Harbour](/h) [Pier](/p) [Ferries](/f)"
    page = "\n\n".join([MENU, "Sign in", links, "#### Jane Doe", *opening, PROSE, PROSE + ".", share,
                         "[Weather](/w) [Tides](/t)", support, "[Privacy](/privacy) [Terms](/terms)"])
    result = clean_text(page, suffix=".md")
    for line in opening:
        assert line in result.output
    assert support not in result.output


def test_a_page_with_no_prose_keeps_its_short_lines_among_chrome() -> None:
    results = [
        "Palm Grove d. Harbourside 70-44",
        "Harbourside 14 11 6 15 — 44",
        "Palm Grove 18 22 13 17 — 70",
        "Westfield d. Millbrook 53-9",
        "Northport d. Cliffside 3-1",
        "Cliffside: J. Marino 1 goal, D. Okafor 9 saves",
    ]
    page = "\n\n".join([MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", *results,
                        "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"])
    result = clean_text(page, suffix=".md")
    for line in results:
        assert line in result.output
    assert "Sign in" not in result.output  # the rules still clean the page


def test_a_teaser_box_inside_the_story_ends_it_only_when_little_follows() -> None:
    story = [PROSE.replace("council", name) + end for name, end in
             [("council", ""), ("county", "."), ("harbour board", "!"), ("mayor", " again."), ("trust", " too.")]]
    box = ["**DON'T MISS**", "[Lifeboat crew rescue two walkers](/a)", "[Bakery opens on the quay](/b)"]
    after = [
        "Divers found that most of the piles were sound, but six of them will have to be replaced next "
        "year, before the ferry company can bring its larger boat into service on the island route, "
        "which it hopes to do by the end of the summer.",
        "A public meeting about the plans will be held in the town hall next month, when the engineers "
        "will show drawings of the new deck and answer questions from anyone who wants to come along "
        "to see what the pier will look like.",
    ]
    chrome = [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)"]
    kept = clean_text("\n\n".join([*chrome, *story, *box, *after]), suffix=".md")
    for paragraph in after:
        assert paragraph in kept.output  # enough article after the box outweighs it
    blurb = "Sponsored by the Millbrook harbour shop, open every day of the week."
    cut = clean_text("\n\n".join([*chrome, *story, *box, blurb]), suffix=".md")
    assert blurb not in cut.output  # one line after the box does not


def test_a_heading_that_opens_prose_twice_is_a_section_and_a_repeated_label_is_not() -> None:
    harbour = PROSE.replace("council", "harbour board")
    page = "\n\n".join(
        [MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)",
         "## North pier", "### History", PROSE, "## South pier", "### History", harbour + ".",
         "### Most read", "[Lifeboat crew rescue two walkers](/a)", "[Bakery opens on the quay](/b)",
         "### Most read", "[Museum gets a grant](/c)", "[Fares to rise in April](/d)"]
    )
    result = clean_text(page, suffix=".md")
    body = result.output.split("\n---\n", 1)[1]
    assert body.count("### History") == 2
    assert "Most read" not in body


def test_a_list_of_short_items_above_the_article_is_a_menu_but_ingredients_are_not() -> None:
    def head_list_label(items: list[str]) -> C.Label:
        blocks = _blocks("\n".join(items) + "\n\n" + PROSE, markdown=False)
        verdicts, _, _ = C.block_verdicts(blocks, set())
        return verdicts[0].label

    menu = ["- Giving", "- Research", "- Top Charities", "- About Us", "- Blog", "- Donate"]
    assert head_list_label(menu) == C.Label.BAD
    assert head_list_label(menu[: C.MIN_MENU_ITEMS - 1]) == C.Label.SHORT  # too few to be sure
    assert head_list_label(["- 2 eggs", "- 1 cup flour", "- 50 g butter", "- salt", "- 1 lemon"]) == C.Label.SHORT
    long_items = ["- Council and harbour board", "- Divers from the north island", "- Ferry crews and captains",
                  "- Shop owners on the quay", "- Fishermen of the east pier"]
    assert head_list_label(long_items) != C.Label.BAD  # items longer than MAX_MENU_ITEM_WORDS


def _headline_page(under_headline: list[str]) -> str:
    """A page with chrome above an H1, the given blocks under it, then the article and a footer."""
    menu = "\n".join(f"- [{item}](/{item.lower()})" for item in ("News", "Sport", "Culture", "Travel"))
    return "\n\n".join(
        [menu, "Sign in", "# Winter timetable for the island ferry", *under_headline, PROSE,
         PROSE.replace("council", "harbour trust") + ".",
         "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"]
    )


def test_a_lead_in_under_the_headline_belongs_to_the_article() -> None:
    intro = "The ferry will keep these sailings all winter"
    codes = ["- dep 07:15 pier", "- dep 12:40 pier", "- dep 17:05 quay"]
    result = clean_text(_headline_page([intro, "\n".join(codes)]), suffix=".md")
    assert intro in result.output
    for line in codes:
        assert line in result.output
    assert "[News](/news)" not in result.output


def test_bylines_credits_and_links_under_the_headline_stay_cut() -> None:
    credit = "Jane Roe and John Doe  Island Gazette"
    link = "[Timetables](/timetables)"
    result = clean_text(_headline_page([credit, "Photo: Ann Lee | Example Images"]), suffix=".md")
    assert credit not in result.output and "Example Images" not in result.output
    # A linked block between the headline and the intro stops the walk: nothing moves.
    intro = "The ferry will keep these sailings all winter"
    result = clean_text(_headline_page([link, intro]), suffix=".md")
    assert intro not in result.output
    assert PROSE in result.output


def test_the_lead_in_walk_stops_after_max_lead_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    intro = "The ferry will keep these sailings all winter"
    monkeypatch.setattr(E, "MAX_LEAD_IN_BLOCKS", 0)
    result = clean_text(_headline_page([intro, "- dep 07:15 pier\n- dep 12:40 pier"]), suffix=".md")
    assert intro not in result.output


def test_without_a_stoplist_a_line_ending_at_a_comma_is_a_sentence_going_on() -> None:
    # Japanese prose broken into lines at its commas: near-good, not chrome.
    going_on = _blocks("商品に付された商標を消した商品を販売する行為や、権利者の意思に基づくことなく、", language="ja")[0]
    assert C.classify_block(going_on, has_stoplist=False).label == C.Label.NEAR
    # The same length without the comma, and a linked line ending at one, are still bad.
    label = _blocks("商品に付された商標を消した商品を販売する行為や権利者の意思に基づくことなく販売する場合", language="ja")[0]
    assert C.classify_block(label, has_stoplist=False).label == C.Label.BAD
    linked = _blocks("[商品に付された商標を消した商品を販売する行為や権利者の意思](/a)、", language="ja")[0]
    assert C.classify_block(linked, has_stoplist=False).label == C.Label.BAD


def test_a_plain_text_menu_above_the_article_is_evidence_of_chrome() -> None:
    menu = "\n".join(["* Giving", "* Research", "* Top Charities", "* About Us", "* Blog", "* Donate"])
    tail = ["Related stories", "Ferry fares to rise", "Museum gets a grant"]
    page = "\n\n".join(["Harbour News", menu, PROSE, PROSE + ".", *tail])
    cut = clean_text(page, suffix=".txt")
    assert "Giving" not in cut.output and PROSE in cut.output
    # The menu's items are sure chrome: with them the page has an extent, and
    # the bare lines after the article go with the tail.
    assert "Museum gets a grant" not in cut.output
    # The same bare lines on a page without a menu are the article's own.
    kept = clean_text("\n\n".join(["Harbour News", PROSE, PROSE + ".", *tail]), suffix=".txt")
    assert "Museum gets a grant" in kept.output


def test_a_list_under_a_related_heading_goes_even_inside_the_article() -> None:
    headlines = ["* Lifeboat crew rescue two walkers on the cliffs", "* Bakery on the quay opens a second shop",
                 "* Ferry fares to rise by a fifth in April"]
    menu = "\n".join(["* News", "* Sport", "* Culture", "* Weather", "* Contact"])

    def page(lead: str) -> str:
        before = [PROSE, PROSE.replace("council", "harbour board")]
        after = [PROSE.replace("council", name) for name in ("mayor", "county", "ferry company")]
        return "\n\n".join(["Harbour News", menu, *before, lead, "\n".join(headlines), *after])

    cut = clean_text(page("More from the coast"), suffix=".txt")
    assert "Lifeboat crew" not in cut.output
    assert {r.code for r in cut.removals if "Lifeboat crew" in r.text} == {"BLK004"}
    assert PROSE.replace("council", "ferry company") in cut.output  # the article goes on after the box
    # The same items under a heading of the article are its own list.
    kept = clean_text(page("What the harbour board wants"), suffix=".txt")
    assert "Lifeboat crew" in kept.output


def test_a_footnote_cited_in_the_text_is_near_good_and_an_uncited_one_is_not() -> None:
    cited = PROSE.replace("damage.", "damage [1].")
    note = "[1] Harbour survey 2019; 28: 685-690."
    blocks = _blocks("\n\n".join([cited, note, "[2] Pier survey 2018; 12: 40-41."]), markdown=False)
    verdicts, _, _ = C.block_verdicts(blocks, set())
    assert verdicts[1].label == C.Label.NEAR
    assert verdicts[2].label != C.Label.NEAR  # no [2] in the text above


def _wire_story_page(lead: str) -> str:
    """Teaser headlines above a wire story whose lead a linked promo parts from its body."""
    teasers = [f"### [{t}](https://news.example/{n})\n\n![](https://img.example/{n}.jpg)" for n, t in
               enumerate(["Ferry strike ends after talks", "Harbour fees rise again", "New pier opens in May"])]
    promo = ("[![](https://img.example/p.jpg) **THE DOCK -- NOW ON VIDEO!** Every week our harbour reporter walks "
             "the quays and asks the crews what changed, in ten minutes or less. Watch the latest episode "
             "here.](https://video.example/dock)")
    body = [PROSE, PROSE.replace("council", "harbour trust") + ".", PROSE.replace("council", "ferry company") + "!"]
    return "\n\n".join([*teasers, lead, "Nobody saw it coming.", promo, *body,
                        "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"])


def test_a_dateline_lead_above_a_promo_starts_the_article() -> None:
    lead = ("PORT ELLEN (AP) — The island's only ferry ran aground on a sandbank on Saturday morning, "
            "and its forty passengers were taken ashore by lifeboat, the coastguard said.")
    result = clean_text(_wire_story_page(lead), suffix=".md")
    assert lead in result.output
    assert "Nobody saw it coming." in result.output  # the short line between lead and body
    assert "NOW ON VIDEO" not in result.output and "Ferry strike ends" not in result.output


def test_only_a_dateline_opened_unlinked_paragraph_moves_the_start() -> None:
    # The same paragraph without a dateline is not known to be the lead; a
    # linked one is a teaser, whatever it opens with.
    plain = ("The island's only ferry ran aground on a sandbank on Saturday morning, "
             "and its forty passengers were taken ashore by lifeboat, the coastguard said.")
    assert plain not in clean_text(_wire_story_page(plain), suffix=".md").output
    linked = ("PORT ELLEN (AP) — [The island's only ferry ran aground on a sandbank on Saturday morning, "
              "and its forty passengers were taken ashore](https://news.example/aground), the coastguard said.")
    assert "ran aground" not in clean_text(_wire_story_page(linked), suffix=".md").output
    for opener in ("WASHINGTON (AP) — A", "(CNN) A", "NEW YORK (Reuters) - A", "MADRID — A", "CLEVELAND, Ohio – A",
                   "BERLIN (dpa) - A"):
        assert E._DATELINE_OPENER.match(opener), opener
    for opener in ("(Photo: Jane Roe) A", "The AP reported", "(Graphic: fares in 2019)"):
        assert not E._DATELINE_OPENER.match(opener), opener


def test_a_lone_sentence_of_ten_words_right_after_prose_is_the_articles_last() -> None:
    last = "No date for the reopening of the old pier has been announced yet."
    tail = ["## More from the Gazette", "[Ferry fares rise](/a)", "[Museum gets a grant](/b)"]
    page = "\n\n".join([MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)",
                        "# Pier closed", PROSE, PROSE + ".", last, *tail,
                        "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"])
    result = clean_text(page, suffix=".md")
    assert last in result.output and "Ferry fares rise" not in result.output
    blocks = _blocks(f"{PROSE}\n\n{last}\n\n[Share](/s) [Tweet](/t)\n\nSupport us and make a difference today.\n")
    verdicts, _, _ = C.block_verdicts(blocks, set())
    assert verdicts[1].label == C.Label.NEAR
    # Shorter than MIN_LONE_SENTENCE_WORDS, or after chrome, a lone sentence keeps its class.
    assert verdicts[3].label == C.Label.SHORT
    short = _blocks(f"{PROSE}\n\nSupport us and make a difference today.\n")
    assert C.block_verdicts(short, set())[0][1].label == C.Label.SHORT


def _text_page_under_breadcrumb(between: list[str]) -> str:
    """A plain-text copy: a menu, a breadcrumb, the given lines, then the article and a footer."""
    menu = "\n".join(f"* {item}" for item in ("News", "Sport", "Culture", "Travel", "Weather", "Opinion"))
    return "\n\n".join([menu, "Home » Ferries", *between, PROSE, PROSE.replace("council", "harbour trust") + ".",
                        "Privacy Policy", "© 2025 Island Gazette"])


def test_lines_under_a_breadcrumb_lead_into_the_article_of_a_text_copy() -> None:
    intro = "The new winter timetable can be set with these codes"
    codes = ["* dep 07:15 pier", "* dep 12:40 pier", "* dep 17:05 quay"]
    result = clean_text(_text_page_under_breadcrumb(["Winter timetable for the ferry", intro, *codes]), suffix=".txt")
    assert intro in result.output and "dep 12:40 pier" in result.output
    assert "Sport" not in result.output and "Home » Ferries" not in result.output
    # A rule hit between the breadcrumb and the article stops the walk: nothing moves.
    result = clean_text(_text_page_under_breadcrumb([intro, "Share on Facebook", *codes]), suffix=".txt")
    assert intro not in result.output


def test_a_gallery_counter_goes_without_cutting_the_story_around_it() -> None:
    gallery = []
    for n, what in enumerate(["the old pier", "the new ferry", "the harbour office"], start=1):
        gallery += [f"Image {n} of 3", f"A drawing of {what} as the council plans it."]
    page = "\n\n".join([MENU, "Sign in", "[News](/news) [Sport](/sport) [Culture](/culture)", PROSE,
                        "The three plans are:", *gallery, PROSE.replace("council", "harbour trust") + ".",
                        "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)"])
    result = clean_text(page, suffix=".txt")
    assert "The three plans are:" in result.output and "A drawing of the new ferry" in result.output
    assert "Image 2 of 3" not in result.output
    assert {r.code for r in result.removals if r.text.startswith("Image ")} == {"NAV208"}


def test_a_lone_opening_sentence_above_the_span_starts_the_article() -> None:
    lead = PROSE + " The ferry first sailed in 1975, and it has crossed the bay four times a day ever since."
    opening = "Half a century on, the old ferry is still sailing."
    for line, starts in [
        (opening, True),
        ("Ferry fans gather at the harbour wall for the regatta", False),  # no sentence: a teaser's headline
        ("Tickets here.", False),  # too short to open a story
        # a standfirst summing up the story is longer than an opening line
        ("The council has voted to keep the old ferry in service for another decade, and the crews say "
         "the boat will need a new engine before the summer.", False),
        ("See [the timetable](https://x.example/t) for the sailings.", False),  # a link: a pointer
    ]:
        blocks = _blocks(f"Clara Mendes\n\n{line}\n\n{lead}", markdown=False)
        assert (E._opening_line(blocks, {}, 2) == 1) is starts, line


def _page_with_tail(tail: list[str]) -> str:
    """A page: a menu, three paragraphs of article, a related box, then `tail` and a footer."""
    related = ["## Related stories", "- [Ferry fares rise in spring](/a)", "- [New pier opens](/b)",
               "- [Harbour trust elects chair](/c)"]
    return "\n\n".join([MENU, "[Sign in](/login) [Subscribe](/subscribe)", PROSE,
                        PROSE.replace("council", "harbour trust"), PROSE.replace("pier", "quay"), *related,
                        *tail, "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)", "© 2025 Island Gazette"])


@pytest.mark.parametrize(
    "note, kept",
    [
        ("Editor's note: This story was updated on Tuesday to add the council's vote on the new fares.", True),
        ("Anmerkung der Redaktion: In einer früheren Fassung stand ein falsches Datum für die Abstimmung.", True),
        ("Note de la rédaction : une version précédente de cet article donnait une date erronée.", True),
        ("Nota del editor: una versión anterior de este artículo daba una fecha equivocada.", True),
        ("Update: [Read our live coverage of the council vote](/live) [and the ferry timetable](/t)", False),
        ("The harbour trust will meet again in March to set the fares for the summer season.", False),
    ],
)
def test_a_closing_note_under_the_related_box_is_the_articles(note: str, kept: bool) -> None:
    result = clean_text(_page_with_tail([note]), suffix=".md")
    assert (note.split(" ", 3)[-1][:30] in result.output) is kept
    assert "New pier opens" not in result.output and "Island Gazette" not in result.output


def test_a_note_in_the_comment_section_is_not_the_articles() -> None:
    note = "Editor's note: This story was updated on Tuesday to add the council's vote on the new fares."
    result = clean_text(_page_with_tail(["## Comments", "Leave a comment", note]), suffix=".md")
    assert "updated on Tuesday" not in result.output


def test_without_a_stoplist_a_short_finished_sentence_after_prose_is_near_good() -> None:
    # Japanese has no stoplist: a sentence's end is what tells prose from a label.
    prose = ("町の議会は火曜日に古い桟橋を建て直すことを決めました。工事は春に始まり、ダイバーが水中の杭を"
             "調べてから本格的に進められます。費用は町と県が半分ずつ負担します。")
    closing = "これで桟橋の工事はようやく終わりました。"
    label = "スポンサードリンク"
    blocks = _blocks("\n\n".join([prose, closing, label]), language="ja")
    verdicts, _, _ = C.block_verdicts(blocks, set())
    assert verdicts[1].label == C.Label.NEAR, verdicts[1]
    assert verdicts[2].label == C.Label.SHORT  # no sentence: a label
    # Among chrome, the same sentence keeps its class.
    blocks = _blocks("\n\n".join(["[ホーム](/) [ニュース](/n) [お問い合わせ](/c)", closing, label]), language="ja")
    verdicts, _, _ = C.block_verdicts(blocks, set())
    assert verdicts[1].label == C.Label.SHORT


def test_a_closing_note_does_not_draw_the_article_over_the_chrome_above_it() -> None:
    # Headlines of other stories, without links, between the story and its note: the
    # note is the article's, but it must not stretch the article over them.
    teasers = ["Ferry Fares Rise Sharply Across Northern Islands Amid Fuel Costs Surge Tuesday",
               "Harbour Trust Elects New Chair Following Months Of Boardroom Dispute Over Pier"]
    note = ("Editor's note: This story was updated on Tuesday to add the council's vote on the new fares "
            "and the ferry timetable for the winter.")
    page = "\n\n".join([MENU, "[Sign in](/login) [Subscribe](/subscribe)", PROSE,
                        PROSE.replace("council", "harbour trust"), PROSE.replace("pier", "quay"), *teasers, note,
                        "[Privacy](/privacy) [Terms](/terms) [Contact](/contact)", "© 2025 Island Gazette"])
    result = clean_text(page, suffix=".md")
    assert note in result.output
    assert not any(teaser in result.output for teaser in teasers)


def test_a_closing_note_past_a_gallerys_buttons_and_credits_is_the_articles() -> None:
    # Lines that rules explain (credits, counters, buttons) do not count as distance.
    gallery = []
    for n in range(1, 5):
        gallery += [f"Image {n} of 4", "Photo: Jane Doe", "Close", "Caption"]
    note = ("Editor's note: This story was updated on Tuesday to add the council's vote on the new fares "
            "and the ferry timetable for the winter.")
    result = clean_text(_page_with_tail([*gallery, note]), suffix=".md")
    assert note in result.output and "Image 2 of 4" not in result.output
