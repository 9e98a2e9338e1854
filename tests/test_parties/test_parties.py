"""Country mentions and the parties of a document, for any country pair."""
from __future__ import annotations

import pytest

from pledgegraph.extract.parties import detect_parties, person_country
from pledgegraph.lang import countries
from pledgegraph.ingest import document_from_text
from pledgegraph.model import Document, Person


@pytest.mark.parametrize("text,lang,expected", [
    ("The Russian Federation supports permanent membership of Japan.", "en", ["RU", "JP"]),
    ("日露外相会談 川口外務大臣がイワノフ露外務大臣と会談した", "ja", ["JP", "RU", "RU"]),
    ("丹波駐露大使。訪露の招待。", "ja", ["RU", "RU"]),
    ("米朝交渉、日朝交渉、朝露交渉", "ja", ["US", "KP", "JP", "KP", "KP", "RU"]),
    ("俄罗斯联邦和日本 俄方 中哈两国", "zh", ["RU", "JP", "RU", "CN", "KZ"]),
    ("Российская Федерация и Япония", "ru", ["RU", "JP"]),
    # adjectives of every UN member state ("the Ugandan President", "катарским эмиром")
    ("the Ugandan and Zimbabwean ministers, the Papua New Guinean PM", "en", ["UG", "ZW", "PG"]),
    ("Угандийская сторона, катарским эмиром, кенийского президента", "ru", ["UG", "QA", "KE"]),
])
def test_find_mentions(text, lang, expected):
    assert [code for code, _, _ in countries.find(text, lang)] == expected


def test_single_characters_outside_compounds_are_not_countries():
    assert countries.find("2日午後、会談の後、中央で", "ja") == []
    assert countries.find("其中美国代表", "zh") == [("US", 2, 4)]
    assert countries.find("其中美国将参与", "zh") == [("US", 2, 4)]  # a pair only with a short form (中印尼)


def test_offsets_longest_match_and_whitespace_in_cjk():
    text = "The Russian Federation and India"
    assert countries.find(text, "en") == [("RU", 4, 22), ("IN", 27, 32)]
    text = "俄罗斯 联邦和日本"
    assert countries.find(text, "zh") == [("RU", 0, 6), ("JP", 7, 9)]


def test_label_and_codes():
    assert countries.label("RU", "ja") == "ロシア"
    assert countries.label("KZ", "zh") == "哈萨克斯坦"
    assert countries.label("JP", "xx") == "Japan"
    assert {"JP", "RU", "IN", "AU", "CN", "KZ"} <= countries.codes()


def test_india_australia_statement():
    doc = Document(
        source="x.txt", raw="", language="en",
        norm=("Joint Statement on a Comprehensive Strategic Partnership between the Republic of India and Australia\n"
              "The Prime Minister of India and the Prime Minister of Australia met in Canberra. India and Australia"
              " discussed the Indo-Pacific, China and the United States."),
        title="Joint Statement between the Republic of India and Australia",
        persons=[Person("A", "Prime Minister of India", signatory=True),
                 Person("B", "Prime Minister of Australia", signatory=True),
                 Person("C", "High Commissioner of India to Australia")])
    assert detect_parties(doc) == ["AU", "IN"]
    assert [p.country for p in doc.persons] == ["IN", "AU", "IN"]


def test_chinese_china_kazakhstan_statement_without_title():
    doc = Document(
        source="y.txt", raw="", language="zh",
        norm=("中华人民共和国和哈萨克斯坦共和国联合声明\n应哈萨克斯坦共和国总统邀请,中华人民共和国主席对哈萨克斯坦进行国事访问。"
              "中方和哈方同意进一步加强中哈两国全面战略伙伴关系。双方谈到了美国和俄罗斯。"),
        persons=[Person("甲", "中华人民共和国主席"), Person("乙", "哈萨克斯坦共和国驻华大使")])
    assert detect_parties(doc) == ["CN", "KZ"]
    assert [p.country for p in doc.persons] == ["CN", "KZ"]


def test_posted_state_is_not_the_persons_state():
    assert person_country("丹波駐露大使", "ja") == ""
    assert person_country("在日ロシア大使", "ja") == "RU"
    assert person_country("Ambassador of Japan to the Russian Federation", "en") == "JP"


def test_japanese_readout_is_the_writers_and_ties_go_to_the_state_named_first():
    # ベトナム and 北朝鮮 are named as often; Japan, the writer, took part (its foreign minister spoke)
    doc = Document(
        source="z.txt", raw="", language="ja",
        norm=("ベトナム外相との会談\n河野外務大臣は、ベトナムのミン副首相兼外相と会談しました。"
              "河野大臣から、北朝鮮の核・ミサイル問題について述べ、ベトナム側は北朝鮮の非核化を支持しました。"
              "両外相は北朝鮮問題とベトナムとの協力について意見交換しました。"))
    assert detect_parties(doc) == ["JP", "VN"]


def test_a_state_the_title_names_in_passing_is_no_party():
    doc = Document(
        source="t.txt", raw="", language="en",
        title="India and Viet Nam discuss trade, with an eye on China",
        norm=("India and Viet Nam discuss trade, with an eye on China\nThe Prime Minister of India met the "
              "Prime Minister of Viet Nam. India and Viet Nam agreed to expand trade. Viet Nam thanked India."))
    assert detect_parties(doc) == ["IN", "VN"]


@pytest.mark.parametrize("closing, parties", [
    ("The two Prime Ministers will meet again next year.", ["AU", "PG"]),
    ("The Prime Minister will host the games.", ["PG"]),  # no word for both sides
])
def test_a_bilateral_text_names_its_second_party_however_rarely(closing, parties):
    text = " ".join(["Papua New Guinea will host the talks in Port Moresby."] * 12 + [closing, "Australia agreed."])
    doc = Document(source="z.txt", raw="", language="en", norm=text, title="Papua New Guinea treaty signed")
    assert detect_parties(doc) == parties


def test_a_russian_text_naming_russia_once_in_passing_is_not_russias():
    padding = "Главная тема переговоров – экономика и торговля, промышленность, сельское хозяйство и логистика. " * 7
    text = ("Лукашенко и Токаев поставили общие цели\n\n"
            f"Александр Лукашенко отправился в Казахстан. Лидеры договорились увеличить товарооборот. {padding}\n\n"
            "«История предопределила нам – Казахстану, Беларуси и России – быть ядром интеграции», – сказал президент "
            "Беларуси. Белорусский лидер встретился с первым президентом Казахстана.\n")
    assert detect_parties(document_from_text(text, "ru.txt")) == ["BY", "KZ"]


def test_a_state_the_title_names_as_the_place_of_its_event_is_no_party():
    body = ("习近平指出，中国和委内瑞拉是好伙伴。中方愿同委方加强合作，推动中委关系不断迈上新台阶。"
            "马杜罗表示，委方期待同中方加强全天候战略伙伴关系。")
    doc = Document(source="t.txt", raw="", language="zh", title="国家主席习近平在莫斯科会见委内瑞拉总统马杜罗",
                   norm="国家主席习近平在莫斯科会见委内瑞拉总统马杜罗\n" + body)
    assert detect_parties(doc) == ["CN", "VE"]


def test_a_katakana_name_is_a_whole_word():
    # マリン (Marin) is no mention of マリ (Mali); 訪日中 ("while visiting Japan") names neither Japan nor China
    assert countries.find("訪日中のサンナ・マリン・フィンランド共和国首相", "ja") == [("FI", 12, 21)]
    assert [c for c, _, _ in countries.find("マリ首脳会談、マリ共和国、アマリア", "ja")] == ["ML", "ML"]



@pytest.mark.parametrize("gap", ["Image\n\nNews Agency Nairobi\n\n", ""])
def test_a_headline_below_a_site_name_weighs_as_a_title(gap):
    text = ("Daily Courier\n\n"
            "Kenya, Ghana to cooperate on maritime security (Roundup)\n\n" + gap +
            "In what is seen as a message to Brazil over its claims, President Ruto said Kenya and Ghana have agreed to "
            "patrol the sea lanes.\n\n"
            "\"We agreed to prioritise defence ties,\" he said after talks with the visiting Ghanaian President.\n\n"
            "A court ruled that Brazil violated the rules. Brazil rejected the ruling.\n")
    assert detect_parties(document_from_text(text, "en.txt")) == ["GH", "KE"]


def test_a_news_site_s_labels_and_menu_bar_are_neither_title_nor_party():
    text = ("Бишкек:\n\nАлматы:\n\n"
            "Все новости Казахстан Центральная Азия Мир Экономика Наука и Техника Здоровье Культура Спорт Фото\n\n"
            "Монголия и Вьетнам договорились о сотрудничестве\n\n"
            "Монголия и Вьетнам договорились о сотрудничестве в сельском хозяйстве, сообщил министр.\n\n"
            "Рабочая группа соберется в Ханое, сказал он.\n")
    doc = document_from_text(text, "ru.txt")
    assert doc.title == "Монголия и Вьетнам договорились о сотрудничестве"
    assert detect_parties(doc) == ["MN", "VN"]


def test_an_abbreviation_of_two_states_in_the_headline_is_the_one_the_story_names():
    # 伊 abbreviates both Iran (伊朗) and Iraq (伊拉克): a story about Iraq means Iraq in "中伊"
    text = ("十年携手，中伊战略伙伴关系再续新篇\n\n"
            "新华社巴格达12月23日电 中国和伊拉克建立战略伙伴关系十年来，两国合作成果丰硕。\n\n"
            "伊拉克总理表示，伊拉克愿同中国深化合作。\n")
    assert detect_parties(document_from_text(text, "zh.txt")) == ["CN", "IQ"]


def test_a_side_word_another_state_owns_is_the_party_with_that_initial():
    # 巴方 is an alternative label of Pakistan; in a Brazil–China text it is the Brazilian side
    assert countries.find("巴方对中方愿意参与招标表示欢迎。", "zh", ("BR", "CN"))[0][0] == "BR"
    assert countries.find("巴方对中方愿意参与招标表示欢迎。", "zh", ("CN", "PK"))[0][0] == "PK"
