"""Mechanisms, instruments and meetings the glossary does not know, recognised by the form of their name: a run of
capitalised words holding a head noun ("the Bilateral Maritime Treaty"), and a definite reference to one by its head
alone ("the Treaty would ...")."""
from __future__ import annotations

from pledgegraph.link import link
from pledgegraph.link.evidence import document_keys, named_objects


def _names(text: str, language: str = "en") -> set[str]:
    return {key for _, _, key, _ in named_objects(text, language)}


def test_an_instrument_named_by_its_form_is_one_object_whatever_its_head_says():
    negotiated = _names("The Prime Ministers agreed to negotiate a Bilateral Maritime Treaty between Papua New "
                        "Guinea and Australia, guided by their ministers")
    signed = _names("Leaders noted the signing of the Bilateral Maritime Agreement on 7 December 2023, covering ports")
    assert negotiated and negotiated == signed  # a treaty and an agreement of the same words; no date in the name


def test_capitalised_words_without_a_head_noun_or_with_states_only_name_no_object():
    assert not _names("Prime Minister Taro Yamada and President Ivan Petrov met in Tokyo")
    assert not _names("They reaffirmed the Japan-Russia Partnership")  # states and a head: which one is not said
    assert _names("They reaffirmed the Japan-Russia Coastal Fisheries Partnership") == {"name: coastal fisheries "
                                                                                        "partnership "}


def test_a_name_the_glossary_knows_is_not_named_a_second_time(prov):
    from pledgegraph.link.evidence import evidence_keys

    keys = evidence_keys(prov("a.txt", "1", "They welcomed the progress achieved through the Framework for Security "
                                             "Cooperation agreed in 2014"), "en")
    assert "term:security-cooperation-framework" in keys
    assert not [k for k in keys if k.startswith("name:")]
    # a glossary object that only says which one does not hide the name it stands in
    keys = evidence_keys(prov("a.txt", "2", "They signed the Declaration on the Strategic Partnership"), "en")
    assert "term:strategic-partnership" in keys and "name: declaration on the strategic partnership " in keys


def test_japanese_names_are_known_by_their_form_too():
    assert _names("日・モンゴル官民合同協議会の定期的開催", "ja") == _names("官民合同協議会を開催した", "ja") == {"name:官民合同協議会"}
    assert _names("ABEイニシアティブを通じた産業人材育成", "ja") == {"name:abeイニシアティブ"}
    assert _names("日・ニュージーランド情報保護協定の交渉", "ja") == _names("情報保護条約を締結", "ja")  # a treaty is an agreement
    assert not _names("日露首脳会談が行われた", "ja") and not _names("二国間対話を行う", "ja")


def test_a_name_known_by_its_form_is_found_where_it_is_written_without_capitals(doc, prov):
    from pledgegraph.link.evidence import profiles

    both = ("AU", "PG")
    named = prov("a.txt", "1", "They welcomed the Law and Justice Partnership", actors=both)
    plain = prov("a.txt", "2", "The law and justice partnership will be scaled up", actors=both)
    found = {pr.provision.key: pr.keys for pr in profiles([doc("a.txt", "2024-02-08", parties=both)], [named, plain])}
    assert found[named.key].get("name: law and justice partnership ") == "form"
    assert found[plain.key].get("name: law and justice partnership ") == "form"


def test_a_definite_reference_by_the_head_alone_takes_up_the_name_given_before(doc, prov):
    first = "The two leaders agreed to open negotiations on a Bilateral Maritime Treaty."
    filler = " They also discussed the weather at some length." * 12
    later = "They noted the Treaty would be a natural progression of their ties."
    other = "They recalled the Treaty of Amity signed long ago."
    raw = first + filler + " " + later + " " + other
    d = doc("a.txt", "2023-01-12", raw=raw)
    clauses = [prov("a.txt", str(i), text, themes=("maritime",), start=raw.index(text))
               for i, text in enumerate((first, later, other), 1)]
    keys = document_keys(d, clauses, [])
    treaty = "name: maritime agreement "
    assert treaty in keys[clauses[0].key] and treaty in keys[clauses[1].key]  # however far back it was named
    assert treaty not in keys[clauses[2].key]  # "the Treaty of Amity" is a name of its own


def test_a_treaty_negotiated_is_taken_up_by_the_agreement_signed(doc, prov):
    docs = [doc("a.txt", "2023-01-12", parties=("AU", "PG")), doc("b.txt", "2024-02-08", parties=("AU", "PG"))]
    both = ("AU", "PG")
    earlier = prov("a.txt", "1", "The Prime Ministers agreed to negotiate a Bilateral Maritime Treaty between Papua "
                   "New Guinea and Australia", modality="agree", themes=("maritime",), actors=both)
    later = prov("b.txt", "1", "Leaders noted progress reflected in the signing of the Bilateral Maritime Agreement "
                 "on 7 December 2023, covering port calls", modality="note", themes=("maritime",), actors=both)
    links = link(docs, [earlier, later])
    assert [(l.earlier, l.later) for l in links] == [(earlier.key, later.key)]
    assert links[0].objects == ["name: maritime agreement "]
