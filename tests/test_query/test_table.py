"""Table formats."""
from __future__ import annotations

import csv
import io
import json

import pytest

from pledgegraph.query import Table

TABLE = Table(["provision", "quote", "score"], [
    ("https://w3id.org/pledgegraph/id/doc/b2002/prov/1/1", "双方は、協力を強化する。", "0.72"),
    ("https://w3id.org/pledgegraph/id/doc/a2000/prov/I.1/1", 'Both sides, "in principle",\nagree', None),
])


def test_csv_round_trips_values_with_commas_quotes_and_newlines():
    rows = list(csv.reader(io.StringIO(TABLE.format("csv"), newline="")))
    assert rows[0] == TABLE.columns
    assert rows[2][1] == 'Both sides, "in principle",\nagree' and rows[2][2] == ""


def test_csv_is_sparql_csv_crlf_after_every_row_and_no_blank_line():
    text = TABLE.format("csv")
    assert text.startswith("provision,quote,score\r\n") and text.endswith("\r\n") and not text.endswith("\r\n\r\n")
    assert text.count("\r\n") == 3  # header and two rows (the newline inside a quoted value stays a bare \n)


def test_tsv_keeps_one_line_per_row_with_n_triples_terms():
    lines = TABLE.format("tsv").split("\n")
    assert len(lines) == 4 and lines[-1] == ""  # three rows, each ended by LF
    assert lines[0] == "?provision\t?quote\t?score"
    assert lines[2].split("\t")[1] == '"Both sides, \\"in principle\\",\\nagree"'


def test_json_of_a_table_of_strings_is_sparql_json_with_string_literals():
    data = json.loads(TABLE.format("json"))
    assert data["head"]["vars"] == TABLE.columns
    first, second = data["results"]["bindings"]
    assert first["quote"] == {"type": "literal", "value": "双方は、協力を強化する。"}
    assert "score" not in second  # unbound


def test_plain_table_aligns_wide_characters_and_compacts_iris():
    lines = TABLE.format("table", color=False).splitlines()
    assert lines[2].startswith("id:doc/b2002/prov/1/1 ")
    from pledgegraph.query.table import display_width
    # the score column starts at the same terminal column on both rows
    assert display_width(lines[2].split("0.72")[0]) == display_width(lines[0].split("score")[0])
    assert lines[-1] == "(2 rows)"


def test_rich_table_when_asked():
    assert "\x1b[" in TABLE.format("table", color=True)


def test_unknown_format():
    with pytest.raises(ValueError):
        TABLE.format("xml")
