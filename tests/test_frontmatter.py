"""Frontmatter: aliases onto canonical keys, order kept, valid YAML out, malformed YAML survives."""

from __future__ import annotations

import yaml

from cmo_clean import clean_text
from cmo_clean import frontmatter as fm


def test_aliases_map_onto_canonical_keys_in_canonical_order() -> None:
    split = fm.split(
        "---\nzeta: 1\ncreated: 2024-05-01 10:00\nsource: https://example.org/a\nTitle: T\n"
        "lang: de\nkeywords: a, b\n---\nbody\n"
    )
    assert list(split.metadata) == ["title", "url", "clipped", "language", "tags", "zeta"]
    assert split.metadata["url"] == "https://example.org/a"
    assert split.metadata["tags"] == ["a", "b"]
    assert split.body == "body\n"


def test_non_url_source_stays_source() -> None:
    assert fm.split("---\nsource: browser-history\n---\n").metadata == {"source": "browser-history"}


def test_dump_quotes_what_needs_quoting_and_keeps_order() -> None:
    text = fm.dump({"title": "Pharma: a new model", "url": "https://x.example", "date": "2015-01-13", "b": 1, "a": 2})
    assert text.startswith("---\ntitle: 'Pharma: a new model'\nurl: https://x.example\ndate: 2015-01-13\nb: 1\na: 2\n")
    assert yaml.safe_load(text.strip("-\n"))["title"] == "Pharma: a new model"
    assert fm.split(text + "x").metadata["date"] == "2015-01-13"


def test_malformed_yaml_is_kept_verbatim_with_a_warning_and_the_body_is_cleaned() -> None:
    clip = "---\ntitle: [unclosed\nurl: x\n---\n\nSkip to main content\n\nA long enough article paragraph that says something about harbours and ferries.\n"
    result = clean_text(clip)
    assert result.output.startswith("---\ntitle: [unclosed\nurl: x\n---\n")
    assert "Skip to main content" not in result.output
    assert [n.code for n in result.notices] == ["FMT001"]
    assert result.notices[0].line is not None
    assert clean_text(result.output).output == result.output


def test_frontmatter_with_no_trailing_body_newline() -> None:
    result = clean_text("---\ntitle: Only a title\n---\n")
    assert result.output == "---\ntitle: Only a title\nwords: 0\n---\n\n# Only a title\n"


def test_empty_and_blank_inputs_give_empty_output() -> None:
    assert clean_text("").output == ""
    assert clean_text("   \n\n  \n", suffix=".txt").output == ""


ARTICLE = (
    "The council agreed on Tuesday to rebuild the old ferry pier, and the work will start in the "
    "spring once the divers have checked the piles under the water for damage."
)


def test_a_heading_that_is_the_titles_headline_part_is_a_duplicate() -> None:
    head = "[Home](/) [News](/news) [Sport](/sport)\n\n[Opinion](/opinion) [Letters](/letters)\n\nMillbrook Gazette"
    text = (
        f"---\ntitle: 'Opinion | Why the pier matters to the town'\n---\n\n{head}\n\n"
        f"# Why the pier matters to the town\n\n{ARTICLE}\n"
    )
    result = clean_text(text, suffix=".md")
    assert "STR002" in [r.code for r in result.removals]
    body = result.output.split("\n---\n", 1)[1]
    assert body.count("Why the pier matters to the town") == 1


def test_a_headline_that_rewords_the_title_is_a_duplicate_but_a_sections_heading_stays() -> None:
    text = (
        "---\ntitle: 'HS Roundup: Millbrook beats Harbourside to stay unbeaten'\n---\n\n"
        f"# High School Roundup: Millbrook beats Harbourside to stay unbeaten\n\n{ARTICLE}\n"
    )
    result = clean_text(text, suffix=".md")
    assert "STR002" in [r.code for r in result.removals]
    assert result.output.count("Millbrook beats Harbourside") == 2  # the metadata title and the `# Title` line
    text = (
        "---\ntitle: 'Calendar of the 2018 harbour races | Island Gazette'\n---\n\n"
        f"### Calendar of the harbour races in 2018\n\n{ARTICLE}\n"
    )
    assert "### Calendar of the harbour races in 2018" in clean_text(text, suffix=".md").output


def test_a_line_or_indented_line_repeating_the_title_above_the_article_is_a_duplicate() -> None:
    for repeat in ("Why the pier matters to the town", "    Why the pier matters to the town"):
        text = f"---\ntitle: Why the pier matters to the town\n---\n\n{repeat}\n\n{ARTICLE}\n\n{ARTICLE}\n"
        result = clean_text(text, suffix=".md")
        assert "STR002" in [r.code for r in result.removals], repeat
        body = result.output.split("\n---\n", 1)[1]
        assert body.count("Why the pier matters to the town") == 1  # the `# title` line
    # Below the article's first prose, the same words are the article's own.
    text = f"---\ntitle: Why the pier matters\n---\n\n{ARTICLE}\n\nWhy the pier matters\n\n{ARTICLE}.\n"
    result = clean_text(text, suffix=".md")
    assert "STR002" not in [r.code for r in result.removals]
    assert result.output.split("\n---\n", 1)[1].count("Why the pier matters") == 2


def test_a_section_name_in_the_title_is_not_the_title() -> None:
    text = f"---\ntitle: Sport - Millbrook Gazette\n---\n\nMillbrook Gazette\n\n## Sport\n\n{ARTICLE}\n\n{ARTICLE}\n"
    result = clean_text(text, suffix=".md")
    assert "STR002" not in [r.code for r in result.removals]


ZH_ARTICLE = "城市图书馆昨天宣布，从下个月开始延长开放时间，市民可以在晚上十点之前借阅图书，馆长表示这一决定是根据读者的意见做出的。"


def test_year_first_dates_and_cjk_bylines_are_metadata() -> None:
    for line, key, value in [
        ("2025年4月6日 12時15分", "date", "2025-04-06"),
        ("입력 2025.05.18 14:30", "date", "2025-05-18"),
        ("2025년 5월 18일 오후 3:15", "date", "2025-05-18"),
        ("박지훈 기자 jihoon@example.kr", "author", "박지훈"),
        ("本报记者 张小明", "author", "张小明"),
        ("文／山田太郎", "author", "山田太郎"),
    ]:
        result = clean_text(f"# 图书馆\n\n{line}\n\n{ZH_ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line
        assert line not in result.output
    # A date inside a sentence, and a word that merely starts like "reporter", stay.
    for line in ["2025年4月6日に、図書館の新しい閲覧室が開かれ、多くの市民が集まりました。", "記者会見で話した"]:
        result = clean_text(f"# 图书馆\n\n{line}\n\n{ZH_ARTICLE}\n", suffix=".md")
        assert line in result.output and "author" not in result.metadata


def test_a_headline_in_a_script_without_capitals_is_a_title() -> None:
    result = clean_text(f"旧粮仓变身周末旧书市集 | 云溪晚报\n\n{ZH_ARTICLE}\n\n{ZH_ARTICLE}\n", suffix=".txt")
    assert result.metadata.get("title") == "旧粮仓变身周末旧书市集"
    assert result.metadata.get("site") == "云溪晚报"
    # A first line in lower case Latin is no title: it is text that starts mid-sentence.
    lower = clean_text(f"and then the pier was closed\n\n{ARTICLE}\n\n{ARTICLE}\n", suffix=".txt")
    assert "title" not in lower.metadata


def test_month_names_of_the_phrase_table_languages_are_read_without_guessing() -> None:
    from cmo_clean.metadata import parse_date

    # dateparser alone reads the Turkish "Mart" (March) as a time zone.
    assert parse_date("9 Mart 2025") == "2025-03-09"
    assert parse_date("3 мая 2021") == "2021-05-03"
    assert parse_date("5 września 2021") == "2021-09-05"
    assert parse_date("19 de noviembre de 2019") == "2019-11-19"
    assert parse_date("Sept. 3, 2019") == "2019-09-03"
    assert parse_date("31 February 2020") is None  # no such day


def test_a_dateline_may_carry_a_label_a_weekday_and_a_time() -> None:
    for line, iso in [
        ("Updated  10:01 pm PST, Tuesday, November 19, 2019", "2019-11-19"),
        ("Veröffentlicht am Dienstag, 19. November 2019, 10:01 Uhr", "2019-11-19"),
        ("Publié le mardi 19 novembre 2019 à 10h01", "2019-11-19"),
        ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 20, 2019", "2019-11-19"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get("date") == iso, line
        assert [r.code for r in result.removals] == ["MET002"], line


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    line = "The ferry left on November 19, 2019 with all of the town aboard"
    result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
    assert "date" not in result.metadata and line in result.output


def test_a_byline_name_ends_where_its_date_starts() -> None:
    for line, author in [
        ("By Joan Carver November 19, 2019, 07:47 PM EST", "Joan Carver"),
        ("By Theresa May", "Theresa May"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get("author") == author, line


def test_a_byline_glued_to_its_date_field_is_split_at_the_dates_label() -> None:
    for line, author, date in [
        ("Author:Joan Carver Editorial StaffPublish date:Oct 4, 2018", "Joan Carver Editorial Staff", "2018-10-04"),
        ("Author:Joan CarverPublished:Oct 4, 2018", "Joan Carver", "2018-10-04"),
        ("Von Hans MeierVeröffentlicht am:4. Oktober 2018", "Hans Meier", "2018-10-04"),
        ("Autor:Juan PérezFecha:4 de octubre de 2018", "Juan Pérez", "2018-10-04"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert (result.metadata.get("author"), result.metadata.get("date")) == (author, date), line
        assert "Author" not in result.output.split("---", 2)[2]
    # A label inside a sentence is no field: the sentence is not a byline.
    line = "The author, Joan Carver, updated the guide after the ferry changed its Date: line in 2018."
    result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
    assert "author" not in result.metadata and line in result.output


def test_a_labelled_publication_stamp_below_the_article_is_metadata() -> None:
    lead = ARTICLE + " The harbour trust will pay for half of the work, and the town for the rest."
    more = "The divers will start on Monday, and the ferry will use the north quay until then."
    for stamp, iso in [
        ("First Published: Tuesday, November 19, 2019 08:38 AM", "2019-11-19"),
        ("Zuletzt aktualisiert am 4. Oktober 2018", "2018-10-04"),
        ("Publié le 4 octobre 2018 à 10h42", "2018-10-04"),
        ("Actualizado el 4 de octubre de 2018", "2018-10-04"),
    ]:
        body = f"{lead}\n\n{ARTICLE}.\n\n{ARTICLE} Tickets stay the same.\n\n{ARTICLE} The quay is open."
        result = clean_text(f"# Pier\n\n{body}\n\n{stamp}\n", suffix=".md")
        assert stamp not in result.output and result.metadata.get("date") == iso, stamp
        assert [r.code for r in result.removals] == ["MET002"], stamp
    # Below the lead, a date without a label, or a sentence that opens with one, is the article's.
    for line in ["November 19, 2019", "Updated plans for the pier were shown to the council on November 19, 2019."]:
        result = clean_text(f"# Pier\n\n{lead}\n\n{more}\n\n{more} Tickets stay the same.\n\n{line}\n\n{ARTICLE}.\n",
                            suffix=".md")
        assert line in result.output and "date" not in result.metadata, line


STANDFIRST = ("The town will rebuild its old ferry pier, and the divers have already started their survey of the "
              "piles under the water.")


def _standfirst_page(standfirst: str, frontmatter: str = "") -> str:
    body = f"# Pier\n\n{standfirst}\n\nBy Joan Carver\n\n{ARTICLE}\n\n{ARTICLE} Tickets stay the same.\n"
    return f"---\n{frontmatter}---\n\n{body}" if frontmatter else body


def test_a_standfirst_over_the_byline_moves_into_the_description() -> None:
    for suffix in (".md", ".txt"):
        result = clean_text(_standfirst_page(STANDFIRST), suffix=suffix)
        assert result.metadata.get("description") == STANDFIRST, suffix
        assert STANDFIRST not in result.output.split("---", 2)[2]
        assert "MET004" in {r.code for r in result.removals}
    # A description that says it already: the standfirst goes and the description stays.
    said = "description: The town will rebuild its old ferry pier, and divers have started their survey.\n"
    result = clean_text(_standfirst_page(STANDFIRST, said), suffix=".md")
    assert result.metadata["description"].startswith("The town will rebuild its old ferry pier, and divers")
    assert STANDFIRST not in result.output.split("---", 2)[2]


def test_a_caption_or_a_different_summary_over_the_byline_stays() -> None:
    other = "description: A guide to the island's summer timetable.\n"
    result = clean_text(_standfirst_page(STANDFIRST, other), suffix=".md")
    assert STANDFIRST in result.output.split("---", 2)[2]
    for caption in [
        "The mayor, pictured at the harbour in 2018, when the council first voted on the pier and on the new deck.",
        "Island captain Jane Doe celebrates a point against the harbour team during their final of the ferry cup "
        "on Sunday.",
    ]:
        result = clean_text(_standfirst_page(caption), suffix=".txt")
        assert caption in result.output and "description" not in result.metadata, caption
    under_picture = _standfirst_page(STANDFIRST).replace("# Pier\n\n", "# Pier\n\n![The pier](pier.jpg)\n\n")
    result = clean_text(under_picture, suffix=".md")
    assert STANDFIRST in result.output.split("---", 2)[2] and "description" not in result.metadata


def test_a_name_with_its_social_handle_is_a_byline() -> None:
    for line, author in [("Joan Carver @joancarver / 2 days", "Joan Carver"), ("Joan Carver @JoanCarverNews", "Joan Carver")]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".txt")
        assert result.metadata.get("author") == author, line
    for line in ["Follow Joan @joancarver", "Joan Carver @joancarver said the pier is safe"]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".txt")
        assert "author" not in result.metadata, line


def test_a_byline_under_a_standfirst_is_still_metadata() -> None:
    standfirst = "The town will rebuild its old ferry pier, and the divers have already started their survey."
    text = f"# Pier\n\n{standfirst}\n\nBy Joan Carver\n\n19 Nov 2019 05:44 GMT\n\n{ARTICLE}\n\n{ARTICLE}.\n"
    result = clean_text(text, suffix=".md")
    assert result.metadata.get("author") == "Joan Carver" and result.metadata.get("date") == "2019-11-19"
    assert standfirst in result.output


def test_bylines_and_datelines_in_russian_polish_turkish_and_swedish() -> None:
    for line, key, value in [
        ("Автор: Анна Петрова", "author", "Анна Петрова"),
        ("Autor: Jan Kowalski", "author", "Jan Kowalski"),
        ("Yazar: Ayşe Demir", "author", "Ayşe Demir"),
        ("Av Anna Berg", "author", "Anna Berg"),
        ("19 ноября 2019, 10:01", "date", "2019-11-19"),
        ("Opublikowano: wtorek, 19 listopada 2019", "date", "2019-11-19"),
        ("19 Kasım 2019 Salı 10:01", "date", "2019-11-19"),
        ("Publicerad 19 november 2019 kl. 10.01", "date", "2019-11-19"),
        ("Publicerad tisdag 5 maj 2020", "date", "2020-05-05"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line

def test_bylines_and_datelines_in_vietnamese_indonesian_czech_ukrainian_romanian_and_hungarian() -> None:
    for line, key, value in [
        ("Tác giả: Nguyễn Văn An", "author", "Nguyễn Văn An"),
        ("Penulis: Budi Santoso", "author", "Budi Santoso"),
        ("Oleh: Siti Rahmawati", "author", "Siti Rahmawati"),
        ("Autor: Jana Nováková", "author", "Jana Nováková"),
        ("Автор: Олена Коваленко", "author", "Олена Коваленко"),
        ("Autor: Ioana Popescu", "author", "Ioana Popescu"),
        ("Szerző: Kovács Anna", "author", "Kovács Anna"),
        ("Írta: Nagy Péter", "author", "Nagy Péter"),
        ("Thứ hai, 19/11/2019, 10:01 (GMT+7)", "date", "2019-11-19"),
        ("Cập nhật ngày 19 tháng 11 năm 2019", "date", "2019-11-19"),
        ("Thứ ba, ngày 5 tháng năm năm 2020", "date", "2020-05-05"),
        ("Selasa, 19 Nov 2019 10:01 WIB", "date", "2019-11-19"),
        ("Rabu, 18 Des 2019 08:15 WIB", "date", "2019-12-18"),
        ("Publikováno: úterý 19. listopadu 2019, 10:01", "date", "2019-11-19"),
        ("Опубліковано: вівторок, 5 травня 2020", "date", "2020-05-05"),
        ("19 листопада 2019, 10:01", "date", "2019-11-19"),
        ("Publicat: marți, 19 noiembrie 2019, 10:01", "date", "2019-11-19"),
        ("2019. november 19., kedd 10:01", "date", "2019-11-19"),
        ("Frissítve: 2020. május 5. 10:01", "date", "2020-05-05"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line
        assert line not in result.output, line


def test_month_names_of_the_new_languages_are_read_without_guessing() -> None:
    from cmo_clean.metadata import parse_date

    assert parse_date("12 tháng mười hai năm 2020") == "2020-12-12"
    assert parse_date("9 Agustus 2021") == "2021-08-09"
    assert parse_date("5 března 2021") == "2021-03-05"
    assert parse_date("3 травня 2021") == "2021-05-03"
    assert parse_date("4 ian. 2021") == "2021-01-04"
    assert parse_date("2020. márc. 3") == "2020-03-03"


def test_a_sentence_with_a_hungarian_date_and_a_name_after_oleh_are_not_metadata() -> None:
    for line in [
        "2019. május 5-én nyílt meg az első szakasz a kikötő mellett, ahol most a komp áll.",
        "Oleh Petrenko Won the Race",
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert "date" not in result.metadata and "author" not in result.metadata, line
        assert line in result.output


def test_a_swedish_sentence_opening_with_av_is_not_a_byline() -> None:
    line = "Av de tvåhundra passagerarna var de flesta pendlare."
    result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
    assert "author" not in result.metadata and line in result.output


def test_bylines_and_datelines_in_greek_and_danish() -> None:
    for line, key, value in [
        ("Af Anna Berg", "author", "Anna Berg"),
        ("19. marts 2019 kl. 10.01", "date", "2019-03-19"),
        ("Opdateret tirsdag 5. maj 2020", "date", "2020-05-05"),
        ("Δημοσίευση: Τρίτη, 19 Νοεμβρίου 2019, 10:01", "date", "2019-11-19"),
        ("5 ΜΑΪΟΥ 2021", "date", "2021-05-05"),
        ("Ενημερώθηκε 3 Αυγούστου 2018", "date", "2018-08-03"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line
    # A Danish sentence opening with "Af" (of) names no author.
    line = "Af de tohundrede passagerer var de fleste pendlere."
    result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
    assert "author" not in result.metadata and line in result.output


def test_bylines_and_datelines_in_finnish_norwegian_slovak_and_catalan() -> None:
    for line, key, value in [
        ("15. tammikuuta 2025", "date", "2025-01-15"),
        ("Julkaistu tiistaina 3. kesäkuuta 2025 klo 10.01", "date", "2025-06-03"),
        ("Teksti: Matti Virtanen", "author", "Matti Virtanen"),
        ("15. januar 2025", "date", "2025-01-15"),
        ("Publisert fredag 5. desember 2025 kl. 08.30", "date", "2025-12-05"),
        ("Skrevet av Kari Nordmann", "author", "Kari Nordmann"),
        ("15. januára 2025", "date", "2025-01-15"),
        ("Aktualizované: štvrtok 2. októbra 2025, 14:05", "date", "2025-10-02"),
        ("Autorka: Jana Kováčová", "author", "Jana Kováčová"),
        ("15 de gener de 2025", "date", "2025-01-15"),
        ("Actualitzat: dimarts, 15 d'abril de 2025, 10:30", "date", "2025-04-15"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line


def test_bylines_and_datelines_in_bulgarian_croatian_serbian_thai_and_malay() -> None:
    for line, key, value in [
        ("Автор: Иван Петров", "author", "Иван Петров"),
        ("Piše: Ivana Horvat", "author", "Ivana Horvat"),
        ("Пише: Марко Јовановић", "author", "Марко Јовановић"),
        ("Oleh: Nurul Aina", "author", "Nurul Aina"),
        ("15 януари 2025 г.", "date", "2025-01-15"),
        ("Публикувано: 3 октомври 2024, 10:01", "date", "2024-10-03"),
        ("15. siječnja 2025.", "date", "2025-01-15"),
        ("Objavljeno: 5. listopada 2024. u 10:01", "date", "2024-10-05"),
        ("15. јануар 2025.", "date", "2025-01-15"),
        ("7. novembra 2024. 10:01", "date", "2024-11-07"),
        ("15 มกราคม 2568", "date", "2025-01-15"),
        ("3 ก.ย. 2567 10:01 น.", "date", "2024-09-03"),
        ("15 มกราคม 2025", "date", "2025-01-15"),
        ("15 Januari 2025", "date", "2025-01-15"),
        ("Dikemas kini: 9 Ogos 2024, 10:01", "date", "2024-08-09"),
    ]:
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get(key) == value, line
        assert line not in result.output, line


def test_month_names_of_bulgarian_croatian_serbian_thai_and_malay_are_read_without_guessing() -> None:
    from cmo_clean.metadata import parse_date

    assert parse_date("4 декември 2023") == "2023-12-04"
    assert parse_date("4. prosinca 2023") == "2023-12-04"
    assert parse_date("4. децембра 2023") == "2023-12-04"
    assert parse_date("4 Disember 2023") == "2023-12-04"
    assert parse_date("4 Mac 2023") == "2023-03-04"
    assert parse_date("4 ธันวาคม พ.ศ. 2566") == "2023-12-04"  # Buddhist Era year, 543 years ahead
    # Croatian "listopad" is October (its day has a full stop), Polish "listopad" November.
    assert parse_date("19. listopada 2019") == "2019-10-19"
    assert parse_date("19 listopada 2019") == "2019-11-19"


def test_a_byline_with_an_update_time_and_a_linked_name_is_metadata() -> None:
    for line in (
        "By Joan Carver | March 3, 2021 at 9:15 AM EST - Updated March 4 at 10:02 AM",
        "by [Joan Carver](https://example.org/author/joan-carver/) — March 3, 2021",
    ):
        result = clean_text(f"# Pier\n\n{line}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get("author") == "Joan Carver" and result.metadata.get("date") == "2021-03-03", line
        assert "Joan Carver" not in result.output.split("---", 2)[2], line
    # Dates and times do not count against a byline's words; other words still do.
    long_line = "By the end of the long and dry summer most of the boats in the small harbour had been sold off again"
    result = clean_text(f"# Pier\n\n{long_line}\n\n{ARTICLE}\n", suffix=".md")
    assert "author" not in result.metadata and long_line in result.output


def test_the_title_of_a_text_copy_stands_over_a_photo_caption_and_the_byline() -> None:
    caption = "The old ferry pier at low tide on Tuesday morning, seen from the harbour wall before the divers arrived. (Photo: Example)"
    text = (
        "Home\n\nNews\n\nWeather\n\nTown votes to rebuild its ferry pier\n\n"
        f"{caption}\n\nBy Joan Carver | March 3, 2021 at 9:15 AM EST - Updated March 4 at 10:02 AM\n\n"
        f"{ARTICLE}\n\n{ARTICLE}\n"
    )
    result = clean_text(text, suffix=".txt")
    assert result.metadata.get("title") == "Town votes to rebuild its ferry pier"
    assert result.metadata.get("author") == "Joan Carver"
    assert ARTICLE in result.output


def test_a_short_line_under_a_paragraph_without_a_full_stop_is_no_title() -> None:
    first = (
        "The council paid the last of the money for the ferry pier this morning, and the divers will "
        "start their survey of the piles under the water next week"
    )
    short = "This has freed the harbour fund for the new boats next year"
    text = f"Home\n\nNews\n\nHarbour News\n\n{first}\n\n{short}\n\n{ARTICLE}\n\n{ARTICLE}\n"
    result = clean_text(text, suffix=".txt")
    assert result.metadata.get("title") != short
    assert short in result.output and first in result.output


def test_a_time_of_day_or_a_row_of_scores_above_the_lead_is_no_title() -> None:
    for line in ("Today 12:01 AM", "Harbour Town 18 22 13 17 — 70"):
        text = f"Home\n\nNews\n\nCouncil backs the new ferry pier at last\n\n{line}\n\n{ARTICLE}\n\n{ARTICLE}\n"
        result = clean_text(text, suffix=".txt")
        assert result.metadata.get("title") != line, line
    text = f"Home\n\nNews\n\nCouncil backs the new ferry pier at last\n\n{ARTICLE}\n\n{ARTICLE}\n"
    assert clean_text(text, suffix=".txt").metadata.get("title") == "Council backs the new ferry pier at last"


def test_a_meta_row_gives_its_byline_and_date_and_a_row_without_one_does_not() -> None:
    for row, author in [
        ("05/10/2018 - Publicado por: Rosa Almeida - Categoria: [Saúde](https://x.example/c) - "
         "Tags: [cais](https://x.example/t1), [balsa](https://x.example/t2)", "Rosa Almeida"),
        ("05/10/2018 | Posted by: Joan Carver | Category: Harbour | 3 comments", "Joan Carver"),
    ]:
        result = clean_text(f"# Pier\n\n{row}\n\n{ARTICLE}\n", suffix=".md")
        assert result.metadata.get("author") == author and result.metadata.get("date") == "2018-10-05", row
    row = "05/10/2018 - Category: Harbour - The council votes on the pier budget tonight"
    result = clean_text(f"# Pier\n\n{row}\n\n{ARTICLE}\n", suffix=".md")
    assert "author" not in result.metadata


def test_a_breadcrumb_trail_above_the_byline_is_no_title() -> None:
    text = f"Blog > Harbour > Ferry News\n\nBy Joan Carver\n\n{ARTICLE}\n\n{ARTICLE}\n"
    result = clean_text(text, suffix=".txt")
    assert result.metadata.get("author") == "Joan Carver"
    assert result.metadata.get("title") != "Blog > Harbour > Ferry News"


def test_a_handle_an_address_or_a_credit_above_the_lead_is_no_title() -> None:
    for line in ("Jane Harbour @janeharbour / 2 days", "Ferry news from www.harbour-news.example.com"):
        text = f"Home\n\nNews\n\nCouncil backs the new ferry pier at last\n\n{line}\n\n{ARTICLE}\n\n{ARTICLE}\n"
        assert clean_text(text, suffix=".txt").metadata.get("title") != line, line


def test_the_headline_is_looked_for_past_a_name_line_but_not_past_prose() -> None:
    head = "Home\n\nNews\n\nCouncil backs the new ferry pier at last\n\n"
    for between, found in (("Clara Mendes", True), ("The old pier at dawn, seen from the harbour wall", False)):
        result = clean_text(f"{head}{between}\n\n{ARTICLE}\n\n{ARTICLE}\n", suffix=".txt")
        assert (result.metadata.get("title") == "Council backs the new ferry pier at last") is found, between
