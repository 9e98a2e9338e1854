"""The country scheme is generated from maintained sources (CLDR, ISO 3166-1) and finds states in any form."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pledgegraph.lang import countries

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "make_countries.py"


def test_the_country_scheme_is_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("make_countries", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "ontology" / "thesaurus" / "countries.ttl").read_text(encoding="utf-8")
    assert module.build() == current, "run python tools/make_countries.py"


def test_the_supplement_is_keyed_by_iso_codes():
    import yaml

    supplement = yaml.safe_load((ROOT / "ontology" / "thesaurus" / "countries-supplement.yaml").read_text("utf-8"))
    assert all(isinstance(code, str) and code in countries.codes() for code in supplement)  # NO is YAML's false


def test_every_iso_state_has_its_cldr_names():
    import pycountry
    from babel import Locale

    assert countries.codes() >= {c.alpha_2 for c in pycountry.countries}
    for lang in ("en", "ja", "zh", "ru"):
        names = Locale.parse(lang).territories
        for code in ("VN", "MN", "RS", "UZ", "KZ", "PH", "BY"):
            assert countries.label(code, lang) == names[code]


@pytest.mark.parametrize("text, lang, codes", [
    ("Прогресс в отношениях с Белоруссией и Индией", "ru", ["BY", "IN"]),
    ("с российской стороны и вьетнамской делегации", "ru", ["RU", "VN"]),
    ("переговоры с Республикой Беларусь", "ru", ["BY"]),
    # the first part of a compound adjective, and a name only the supplement has, in any case
    ("российско-вьетнамские и туркмено-российские отношения", "ru", ["RU", "VN", "TM", "RU"]),
    ("Туркмения готова к сотрудничеству", "ru", ["TM"]),
    # capitals stand for their state (GeoNames and CLDR names, the supplement where CLDR has none)
    ("Moscow and Cairo agreed", "en", ["RU", "EG"]),
    ("переговоры Москвы и Каира", "ru", ["RU", "EG"]),
    ("北京和河内", "zh", ["CN", "VN"]),
    ("東京とナイロビ", "ja", ["JP", "KE"]),
    # a city name that several states' cities bear names none of them
    ("Victoria and Hamilton", "en", []),
    ("Vietnamese Prime Minister and his Indonesian counterpart", "en", ["VN", "ID"]),
    ("越方欢迎中国领导人尽早访越", "zh", ["VN", "CN", "VN"]),
    ("中巴经济走廊建设", "zh", ["CN", "PK"]),
    ("日蒙首脳会談", "ja", ["JP", "MN"]),
    ("中荷关系和中挪合作", "zh", ["CN", "NL", "CN", "NO"]),
    # a pair before a pledge verb, even one starting with another abbreviation (加: Canada, 加强: strengthen)
    ("中法加强核安全合作", "zh", ["CN", "FR"]),
    # a state's name that is also a title (苏丹: Sudan, Sultan) is the title right after another state's name
    ("文莱苏丹哈桑纳尔会见中国和苏丹代表", "zh", ["BN", "CN", "SD"]),
    ("the Cocos Islands and the Falkland Islands", "en", ["CC", "FK"]),
    ("talks in Male and Lima; INDIA AND JAPAN", "en", ["MV", "PE", "IN", "JP"]),
    # "Government of <state>" abbreviated as South Asian documents do
    ("GoI and GOB shall appoint project directors", "en", ["IN", "BD"]),
])
def test_names_adjectives_inflections_and_abbreviations_are_found(text, lang, codes):
    assert [code for code, _, _ in countries.find(text, lang)] == codes


@pytest.mark.parametrize("text, lang", [
    # a word of a name with a parenthesis inside ("Cocos (Keeling) Islands") is no name by itself
    ("the Pacific Islands Forum", "en"),
    # names are proper nouns: a capital's name written in lower case is a common word ("Male", "Lima")
    ("male and female officers ate lima beans", "en"),
    ("Курильские острова и развитие островов", "ru"),
    ("太平洋諸島フォーラム", "ja"),
    ("太平洋岛国和群岛", "zh"),
    ("cooperation in the Indian Ocean and the South China Sea", "en"),
    ("в Южно-Китайском море", "ru"),
    ("南シナ海における航行の自由", "ja"),
])
def test_seas_and_regions_named_after_a_state_are_no_state(text, lang):
    assert countries.find(text, lang) == []


@pytest.mark.parametrize("text, prefer, codes", [
    ("阿根廷总统访华。阿方愿同中方合作。", (), ["AR", "AR", "CN"]),  # an abbreviation of several states: the one named
    ("阿富汗外长访华。阿方愿同中方合作。", (), ["AF", "AF", "CN"]),
    ("阿方愿同中方合作。", ("AR", "CN"), ["AR", "CN"]),  # ...or the party of the document
    ("阿方愿同中方合作。", ("CN", "DZ"), ["DZ", "CN"]),
])
def test_an_abbreviation_of_several_states_is_the_one_the_text_or_the_document_names(text, prefer, codes):
    assert [code for code, _, _ in countries.find(text, "zh", prefer)] == codes
