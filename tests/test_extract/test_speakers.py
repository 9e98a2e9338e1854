"""Persons introduced in running text with their state and title name that state's side later on."""
from __future__ import annotations

import pytest

from pledgegraph.extract import extract
from pledgegraph.extract.lexicon import load
from pledgegraph.extract.speakers import introduced
from pledgegraph.ingest import document_from_text
from pledgegraph.segment import segment


@pytest.mark.parametrize("text, lang, parties, expected", [
    ("Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Joko Widodo.", "en", ("ID", "VN"),
     {"Pham Minh Chinh": "VN", "Joko Widodo": "ID"}),
    ("The General Secretary called on the President of India H.E. Shri Pranab Mukherjee.", "en", ("IN", "VN"),
     {"Pranab Mukherjee": "IN"}),
    ("заявил президент Белоруссии Александр Лукашенко на совещании", "ru", ("BY", "RU"),
     {"Александр Лукашенко": "BY"}),
    ("越南政府副总理兼外长范平明和中国国务委员兼外长王毅共同主持该活动。", "zh", ("CN", "VN"),
     {"范平明": "VN", "王毅": "CN"}),
    ("モンゴルのフレルスフ大統領は来日した。", "ja", ("JP", "MN"), {"フレルスフ": "MN"}),
    # a name on the line above its title and state (a header or signature block)
    ("Joint statement\nThe Hon Anthony Albanese MP\nPrime Minister of Australia\nThe Honourable James Marape MP\n"
     "Prime Minister of Papua New Guinea\n", "en", ("AU", "PG"), {"Anthony Albanese": "AU", "James Marape": "PG"}),
])
def test_persons_introduced_with_state_and_title(text, lang, parties, expected):
    assert introduced(text, lang, load(lang).speakers, parties).names == expected


def test_a_title_and_name_without_state_is_the_other_party():
    text = "Prime Minister Narendra Modi spoke. Vietnamese Prime Minister Nguyen Xuan Phuc represented Vietnam."
    assert introduced(text, "en", load("en").speakers, ("IN", "VN")).names["Narendra Modi"] == "IN"


def provisions(text: str, lang: str):
    doc = document_from_text(text, f"{lang}.txt")
    return extract(doc, segment(doc))


def test_a_later_mention_of_the_name_alone_is_that_side():
    text = ("Россия и Белоруссия\n\nОб этом заявил президент Белоруссии Александр Лукашенко.\n\n"
            "Лукашенко готов обсудить с Путиным новые союзные программы.\n")
    assert [(p.actors, p.modality) for p in provisions(text, "ru")] == [(["BY"], "ready")]


def test_a_person_named_after_a_governed_mention_is_no_subject():
    text = ("王毅同拉夫罗夫举行会谈\n\n国务委员兼外长王毅在莫斯科同俄罗斯外长拉夫罗夫举行会谈，中国和俄罗斯同意加强合作。\n")
    found = provisions(text, "zh")
    assert all(p.actors != ["RU"] for p in found)


def test_a_title_held_by_one_person_names_that_side():
    text = ("Foreign Secretary William Hague met Japanese Foreign Minister Fumio Kishida in London.\n"
            "The Foreign Secretary said the UK will deepen cooperation with Japan.")
    speakers = introduced(text, "en", load("en").speakers, ("GB", "JP"))
    assert speakers.names == {"Fumio Kishida": "JP", "William Hague": "GB"}
    assert speakers.roles["Foreign Secretary"] == "GB"


def test_a_title_does_not_cross_lines_and_initials_belong_to_the_name():
    from pledgegraph.extract.lexicon import load
    from pledgegraph.extract.speakers import introduced

    text = ("Joint Statement between the United States of America and the Republic of Korea\n\n"
            "President Donald J. Trump hosted Republic of Korea (ROK) President Moon Jae-in at the White House.")
    found = introduced(text, "en", load("en").speakers, ("KR", "US"))
    assert found.names.get("Moon Jae-in") == "KR"
    assert "US" == found.names.get("Donald J. Trump", found.names.get("Trump"))
    assert "Donald" not in found.names


@pytest.mark.parametrize("text, lang, expected", [
    # a transcript's label names a person the text never places: who they speak to or about tells their side
    ("Переговоры России и Вьетнама\n\nА.Иванов: Уважаемый господин Премьер-министр! Рады видеть Вас в Москве.\n"
     "Мы придаём большое значение отношениям с Вьетнамом. Мы будем и дальше развивать связи с вьетнамскими "
     "партнёрами.\n", "ru", {"RU"}),
    ("Переговоры России и Вьетнама\n\nН.Петрова: Вьетнам готов расширять торговлю с Россией.\n", "ru", {"VN"}),
    ("Ghana-Kenya talks\n\nMr. Mensah: We value our partnership with Kenya. We will expand trade in the coming "
     "years.\n", "en", {"GH"}),
])
def test_an_unplaced_speaker_speaks_for_the_party_they_do_not_address(text, lang, expected):
    found = provisions(text, lang)
    assert found and all(set(p.actors) == expected for p in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a label on a line of its own names the speaker of the paragraphs under it; of two labelled speakers, one
    # placed by what they say, the other speaks for the other party
    ("Переговоры России и Вьетнама\n\nИванов:\n\n— Мы готовы расширять отношения с Вьетнамом.\n\n"
     "Нгуен Зунг:\n\n— Мы будем и дальше развивать связи.\n", "ru", [{"RU"}, {"VN"}]),
    ("Ghana-Kenya talks\n\nMr. Mensah:\n\nWe are ready to deepen our partnership with Kenya.\n\nMr. Otieno:\n\n"
     "We will expand trade in the coming years.\n", "en", [{"GH"}, {"KE"}]),
])
def test_the_other_labelled_speaker_of_a_transcript_is_the_other_party(text, lang, expected):
    assert [set(p.actors) for p in provisions(text, lang)] == expected


def test_a_speaker_named_where_a_quote_breaks_off_and_resumes_speaks_the_whole_quote():
    text = ("Россия и Вьетнам\n\n«Мы поддерживаем этот проект, - сказал Иванов, обращаясь к гостю. - Мы будем "
            "развивать торговлю с Вьетнамом».\n")
    found = provisions(text, "ru")
    assert len(found) == 2 and all(p.actors == ["RU"] for p in found)


TALKS = "Переговоры России и Вьетнама\n\nПрезидент России Иван Петров провёл переговоры с премьером Вьетнама.\n\n"


@pytest.mark.parametrize("statement, expected", [
    # courtesy is no provision
    ("Петров: Уважаемый господин Премьер-министр! Позвольте мне ещё раз всех вас сердечно поприветствовать в Москве. "
     "Мы передаём наилучшие пожелания руководству Вьетнама. Желаю Вам успехов. Мы будем развивать сотрудничество с "
     "Вьетнамом.\n", [("intend", "Мы буд")]),
    # a labelled statement that tells what was done states no position
    ("Петров:\n\n— Мы в дружеской атмосфере обсудили ключевые вопросы взаимодействия.\n\n"
     "— Россия открыта к переговорам о новом соглашении.\n", [("ready", "— Росс")]),
])
def test_a_transcripts_courtesy_and_narration_are_no_provisions(statement, expected):
    assert [(p.modality, p.quote[:6]) for p in provisions(TALKS + statement, "ru")] == expected


def test_a_speaker_named_after_a_quote_is_placed_by_what_they_say_there():
    text = ("Россия и Туркмения\n\n«Мы благодарны руководству Российской Федерации за поддержку», — сказал "
            "Бердымухамедов."
            "\n\nБердымухамедов также выразил надежду на расширение сотрудничества в энергетике.\n")
    assert [p.actors for p in provisions(text, "ru")] == [["TM"], ["TM"]]


def test_from_a_side_is_that_side_speaking(extract_text):
    text = "С российской стороны была подчеркнута важность признания японской стороной итогов войны."
    assert [p.actors for p in extract_text(text, "ru", ["JP", "RU"])] == [["RU"]]


@pytest.mark.parametrize("text, expected", [
    # a counterpart named after a comma; "X and his/her … counterpart" is one subject
    ("President Samia Hassan and her Kenyan counterpart, William Ruto, have paid tribute to the deep ties between "
     "the two nations.", ["KE", "TZ"]),
    # a pair joined by a spaced dash is governed with its first member
    ("In a joint communique of the Kenya - Tanzania Joint Commission, the two Heads of State acknowledged the "
     "support that Kenya provided.", ["KE", "TZ"]),
    # a name introduced in the possessive ("… Uhuru Kenyatta's nomination") is the name without it
    ("Tanzania's President John Magufuli commended Kenyan counterpart Uhuru Kenyatta's nomination of a candidate.\n\n"
     "Kenyatta and Magufuli directed their ministers to organise a meeting.", ["KE", "TZ"]),
])
def test_english_subjects_joined_or_introduced_as_news_reports_write_them(extract_text, text, expected):
    assert extract_text(text, "en", ["KE", "TZ"])[-1].actors == expected


def test_a_state_its_persons_title_and_the_person_are_one_mention(extract_text):
    text = ("Indian Prime Minister Narendra Modi and his Australian counterpart Tony Abbott on Tuesday decided to "
            "establish a framework for security cooperation.")
    assert extract_text(text, "en", ["AU", "IN"])[0].actors == ["AU", "IN"]


def test_a_chinese_verb_phrase_before_a_title_is_no_persons_name():
    text = "巴方高度赞赏并坚定支持习近平主席提出的全球发展倡议。"
    assert introduced(text, "zh", load("zh").speakers, ("CN", "PK")).names == {}


def test_a_japanese_surname_with_a_title_is_the_person_named_in_full_before():
    text = ("公式訪問した日本の岸田文雄首相は、宮殿で皇太子と話し合った。"
            "岸田首相はサウジアラビアの構想に対する日本の支持を表明した。")
    assert introduced(text, "ja", load("ja").speakers, ("JP", "SA"), "JP").names.get("岸田", "JP") == "JP"


def test_a_name_before_of_a_state_is_that_states_whatever_follows_the_state():
    text = "President Mauricio Macri of Argentina met President Jair Bolsonaro of Brazil in Brasilia."
    names = introduced(text, "en", load("en").speakers, ("AR", "BR")).names
    assert names == {"Mauricio Macri": "AR", "Jair Bolsonaro": "BR"}


def test_a_name_ends_at_a_sentence_end_and_a_title_after_and_is_the_next_persons():
    text = ("New Zealand Prime Minister Christopher Luxon met Prime Minister Lee Hsien Loong. They had a lunch hosted "
            "by Prime Minister Lee. Prime Minister Luxon thanked him. President Tharman and Prime Minister Luxon met.")
    found = introduced(text, "en", load("en").speakers, ("NZ", "SG"))
    assert "Lee. Prime Minister" not in found.names and found.names.get("Lee") in (None, "SG")
    assert "Prime Minister" not in found.roles and "and Prime Minister" not in found.roles  # both hold it


def test_a_quote_whose_speaker_is_referred_to_is_the_last_speakers():
    text = ("Россия и Нигерия\n\nНигерия намерена развивать сотрудничество с Россией, заявил министр иностранных дел "
            "Нигерии после переговоров.\n\n«Дискуссии были очень плодотворными. У нас действует совместная комиссия, "
            "встреча состоится в ближайшее время. Мы будем развивать военное сотрудничество», - сказал он во время "
            "пресс-конференции.\n")
    found = provisions(text, "ru")
    assert len(found) == 3 and all(p.actors == ["NG"] for p in found)


@pytest.mark.parametrize("text, lang, parties, expected", [
    ("Путин также поддержал венесуэльский народ и курс правительства.", "ru", ["RU", "VE"], ["RU"]),
    ("Putin also welcomed the expansion of cooperation in energy.", "en", ["RU", "VE"], ["RU"]),
    ("Lavrov also welcomed the expansion of cooperation in energy.", "en", ["RU", "VE"], ["RU"]),
    ("Maduro also welcomed the expansion of cooperation in energy.", "en", ["RU", "VE"], ["VE"]),
    ("王毅表示欢迎两国能源合作的扩大。", "zh", ["CN", "VE"], ["CN"]),
    ("普京总统将应邀出席论坛。", "zh", ["CN", "RU"], ["RU"]),
])
def test_an_office_holder_the_text_never_places_speaks_for_their_state(extract_text, text, lang, parties, expected):
    assert [p.actors for p in extract_text(text, lang, parties)] == [expected]


def test_a_chinese_side_opening_the_part_before_the_cue_is_its_subject_not_the_person_before(extract_text):
    (p,) = extract_text("法国总统马克龙对法方参与一带一路建设一直持积极开放态度，中方对此表示赞赏。", "zh", ["CN", "FR"])
    assert (p.actors, p.modality) == (["CN"], "welcome")


def test_title_words_are_no_persons_name_and_two_titled_holders_are_one_subject(extract_text):
    from pledgegraph.extract.lexicon import load

    text = ("The Secretary of Foreign Affairs of the Philippines and Minister for Foreign Affairs and Minister for "
            "Women of Australia endorsed the Plan of Action.")
    assert introduced(text, "en", load("en").speakers, ("AU", "PH")).names == {}
    assert [p.actors for p in extract_text(text, "en", ["AU", "PH"])] == [["AU", "PH"]]


@pytest.mark.parametrize("text, lang, parties, expected", [
    ("Министр подчеркнул, что Нигерия будет развивать военное сотрудничество с Россией.", "ru", ["NG", "RU"], ["NG"]),
    ("Президент отметил, что Россия продолжит поставки техники в Нигерию.", "ru", ["NG", "RU"], ["RU"]),
])
def test_the_subject_after_a_stance_verb_and_its_complementizer_holds_the_reported_stance(extract_text, text, lang,
                                                                                          parties, expected):
    assert [p.actors for p in extract_text(text, lang, parties)] == [expected]


@pytest.mark.parametrize("text, lang, parties, expected", [
    ("国王陛下は、日本との協力を一層強化したい旨述べました。", "ja", ["BT", "JP"], ["BT"]),
    ("His Majesty the King welcomed the progress of the hydropower projects.", "en", ["BT", "IN"], ["BT"]),
    ("The Emir welcomed the progress of the energy projects.", "en", ["JP", "QA"], ["QA"]),
    ("The King welcomed the progress of the energy projects.", "en", ["GB", "NL"], ["GB", "NL"]),  # both have one
    ("His Majesty commended the organisation of the summit hosted by India.", "en", ["BT", "IN"], ["BT"]),
    ("The President also appreciated the role of Saudi Arabia in hosting workers.", "en", ["PK", "SA"], ["PK"]),
    ("The President welcomed the progress of the energy projects.", "en", ["ID", "PH"], ["ID", "PH"]),
    ("The Chancellor welcomed the progress of the energy projects.", "en", ["DE", "JP"], ["DE"]),
])
def test_an_office_only_one_party_has_names_that_party(extract_text, text, lang, parties, expected):
    assert [p.actors for p in extract_text(text, lang, parties)] == [expected]


def test_a_quoted_evaluation_is_a_position_and_a_labelled_head_count_a_fact():
    quoted = TALKS + "«Мы дорожим дружбой с Вьетнамом», — сказал Петров.\n"
    assert [(p.modality, p.actors) for p in provisions(quoted, "ru")] == [("affirm", ["RU"])]
    labelled = TALKS + "Петров: На российских предприятиях во Вьетнаме работают около 25 тысяч человек.\n"
    assert provisions(labelled, "ru") == []


@pytest.mark.parametrize("quote, expected", [
    # a page that never uses «…» quotes with "…": the minister's "we" is his side
    ('"Мы признательны вьетнамским коллегам и подтвердили готовность делиться нашими оценками", - сказал министр.\n',
     [("ready", ["RU"])]),
    # inside «…», a "…" is a name, not the end of the quote
    ('«Мы готовы развивать "Дорожную карту" сотрудничества и будем развивать торговлю», — сказал министр.\n',
     [("ready", ["RU"])]),
])
def test_plain_quotes_where_a_page_has_no_guillemets(quote, expected):
    text = TALKS + "Об этом заявил министр иностранных дел России Сергей Лавров.\n\n" + quote
    got = [(p.modality, p.actors) for p in provisions(text, "ru") if "готов" in p.quote]
    assert got == expected


@pytest.mark.parametrize("lang, parties, text, actors", [
    # a bare title before a long adjunct that names the counterpart: still the minister who spoke before
    ("ru", ["MZ", "RU"], "Об этом сообщил глава МИД России Сергей Лавров.\n\n«Мы выразили готовность обсуждать все "
     "запросы наших мозамбикских партнёров по аспектам обороноспособности», — пояснил министр на итоговой "
     "пресс-конференции после встречи с мозамбикским коллегой Марией Лукаш.", ["RU"]),
    ("en", ["JP", "KE"], "Japan's Foreign Minister Taro Kono arrived in Nairobi on Monday.\n\n\"We stand ready to "
     "support the new port project in every way,\" said the minister at a joint press conference after his meeting "
     "with his Kenyan counterpart Amina Mohamed in Nairobi.", ["JP"]),
])
def test_a_quotes_bare_title_before_an_adjunct_is_the_last_speaker(extract_text, lang, parties, text, actors):
    got = [p.actors for p in extract_text(text, lang, parties) if p.modality == "ready"]
    assert got == [actors]


def test_an_office_holder_named_in_full_is_known_by_surname_after():
    text = ("Deputy Prime Minister Lawrence Wong arrived in New Delhi on Monday.\n\n\"We look forward to the "
            "India-Singapore Ministerial Roundtable as a new regular platform,\" said Mr Wong.\n\nWong welcomed the "
            "new areas of cooperation with India.")
    found = provisions(text, "en")
    assert found and all(p.actors == ["SG"] for p in found)


def test_a_bare_title_after_a_quote_is_the_last_person_speaking_in_an_earlier_paragraph(extract_text):
    text = ("Президент Александр Лукашенко провел встречу с послом Узбекистана.\n\n"
            "Беларусь и Узбекистан договорились довести товарооборот до двух миллиардов долларов.\n\n"
            "«Мы готовы предоставить вам все условия и технологии», — подчеркнул президент.")
    got = [p.actors for p in extract_text(text, "ru", ["BY", "UZ"]) if p.modality == "ready"]
    assert got == [["BY"]]
