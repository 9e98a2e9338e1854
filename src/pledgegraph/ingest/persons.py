"""Named persons with roles: signature blocks and inline mentions, cue data per language."""
from __future__ import annotations

import re
from functools import lru_cache

from pledgegraph.ingest.normalize import is_wide, raw_to_norm
from pledgegraph.model import Block, Document, Person

LATIN_NAME = re.compile(r"^(?:[A-Z][a-zA-Z'’.-]+\s+){1,4}[A-Z][a-zA-Z'’-]+$")


def _role_words(lexicon: dict) -> list[str]:
    return lexicon.get("persons", {}).get("role_words", [])


def _strip_marks(text: str, lexicon: dict) -> str:
    for mark in lexicon.get("persons", {}).get("signature_marks", []):
        text = text.replace(mark, "")
    return text.strip()


def _columns(line: str) -> list[str]:
    """Columns of a signature line: any whitespace splits CJK text, 2+ spaces split Latin text."""
    stripped = line.strip()
    wide = sum(map(is_wide, stripped)) * 2 > len(stripped)
    parts = stripped.split() if wide else re.split(r"\s{2,}|\t", stripped)
    return [p for p in parts if p]


def _is_role(text: str, lexicon: dict) -> bool:
    return any(word in text for word in _role_words(lexicon))


def _is_name(text: str, lexicon: dict) -> bool:
    persons = lexicon.get("persons", {})
    if not text or _is_role(text, lexicon) or any(c.isdigit() for c in text):
        return False
    if text in persons.get("name_stopwords", []):
        return False
    chars = persons.get("name_chars")
    if chars and re.fullmatch(f"[{chars}]{{2,16}}", text):
        return True
    return bool(LATIN_NAME.match(text))


def signature_persons(text: str, lexicon: dict, signatory: bool) -> list[Person]:
    """Persons of one signature block: role lines and name lines paired column by column."""
    lines = [_strip_marks(line, lexicon) for line in text.splitlines() if line.strip()]
    role_columns: list[list[str]] = []
    names: list[list[str]] = []
    for line in lines:
        columns = _columns(line)
        if columns and all(_is_role(c, lexicon) for c in columns):
            role_columns.append(columns)
        elif columns and all(_is_name(_strip_marks(c, lexicon), lexicon) for c in columns):
            names.append([_strip_marks(c, lexicon) for c in columns])
    persons: list[Person] = []
    for name_row in names:
        roles = [r for r in role_columns if len(r) == len(name_row)]
        if not roles:
            continue
        for i, name in enumerate(name_row):
            role = ", ".join(row[i] for row in roles)
            persons.append(Person(name=name, role=role, signatory=signatory))
    return persons


@lru_cache(maxsize=None)
def _inline_patterns(language: str, spec_key: tuple) -> list[re.Pattern]:
    persons = dict(spec_key)
    patterns = [re.compile(p) for p in persons.get("inline", ())]
    chars, roles = persons.get("name_chars"), persons.get("role_words", ())
    if chars and roles:
        prefix = "|".join(persons.get("role_prefixes", ()))
        role = f"(?:(?:{prefix})*)(?:{'|'.join(sorted(roles, key=len, reverse=True))})" if prefix else \
            f"(?:{'|'.join(roles)})"
        if persons.get("order") == "role-name":
            patterns.append(re.compile(f"(?P<role>{role})(?P<name>[{chars}]{{2,16}}?)(?=[和与、，,。及（(\\s]|$)"))
        else:
            patterns.append(re.compile(f"(?<![{chars}])(?P<name>[{chars}]{{2,12}}?)(?P<role>{role})"))
    return patterns


def inline_persons(text: str, language: str, lexicon: dict) -> list[Person]:
    """Persons named with their role in running text."""
    persons = lexicon.get("persons", {})
    key = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(persons.items()))
    exclude = set(persons.get("name_exclude", []))
    stop_chars = set(persons.get("name_stop_chars", ""))
    found: list[Person] = []
    for pattern in _inline_patterns(language, key):
        for match in pattern.finditer(text):
            words = match.group("name").strip(" ・·").split()
            while words and words[0] in exclude:
                words = words[1:]
            name = " ".join(words)
            if len(words) > 1 or (name and any(is_wide(c) for c in name)):
                if name in persons.get("name_stopwords", []) or stop_chars & set(name) or _is_role(name, lexicon):
                    continue
                found.append(Person(name=name, role=" ".join(match.group("role").split())))
    return found


def find_persons(doc: Document, blocks: list[Block], lexicon: dict) -> tuple[list[Person], str]:
    """(persons, rule): signature blocks first, then inline mentions of the opening paragraphs."""
    found: list[Person] = []
    rules: list[str] = []
    for block in blocks:
        if block.heading and block.locator[0] in "ts":
            signed = signature_persons(doc.raw[block.start:block.end], lexicon, signatory=block.locator[0] == "s")
            if signed:
                found += signed
                rules.append("signature-block")
    opening_end = next((b.end for b in blocks if not b.heading), len(doc.raw))
    opening = doc.norm[:raw_to_norm(doc.norm_to_raw, opening_end)]
    inline = inline_persons(opening, doc.language, lexicon)
    if inline:
        rules.append("inline")
    unique: dict[str, Person] = {}
    for person in found + inline:
        unique.setdefault(_family_key(person.name), person)
    return list(unique.values()), "+".join(dict.fromkeys(rules))


def _family_key(name: str) -> str:
    """Last part of a name ("伊戈尔·谢尔盖耶维奇·伊凡诺夫" and "伊戈尔·伊凡诺夫" are one person)."""
    parts = re.split(r"[\s·・]+", name.strip())
    return parts[-1] if len(parts) > 1 else name
