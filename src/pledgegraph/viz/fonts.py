"""CJK glyphs for the explorer: a font subset embedded in the page, so no text shows as boxes offline.

Characters are taken from IPAexGothic (shipped by the ``matplotlib-fontja`` dependency; IPA Font License v1.0,
whose article 2.5 lets a document embed it for its own rendering), and the Chinese characters it lacks from
``assets/fonts/cjk-fallback.woff``, a subset of Droid Sans Fallback (Apache-2.0; see ``assets/fonts/README.md``).
Each embedded subset holds only the characters the page uses and is renamed (never "IPAexGothic").
"""
from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FALLBACK = Path(__file__).parent / "assets" / "fonts" / "cjk-fallback.woff"
FIRST_CJK = 0x2E80  # CJK radicals; Latin, Cyrillic and punctuation below it come from the system fonts
FAMILIES = ("pledgegraph CJK", "pledgegraph CJK fallback")  # the page's @font-face names, in order of use
KEPT_NAMES = (0, 7, 10, 13, 14)  # copyright, trademark, description, licence, licence URL


def _ipaex() -> Path:
    import matplotlib_fontja

    return Path(matplotlib_fontja.__file__).parent / "fonts" / "ipaexg.ttf"


@cache
def _cmap(path: Path) -> frozenset[int]:
    return frozenset(TTFont(path, lazy=True).getBestCmap())


def subset_font(source: Path, codepoints: list[int], family: str, flavor: str = "woff") -> bytes:
    """``source`` cut down to ``codepoints``, named ``family``, as WOFF bytes; the same bytes for the same input."""
    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["vert", "vrt2"]
    options.hinting = False
    options.name_IDs = list(KEPT_NAMES)
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    for name_id in (1, 4, 6):
        font["name"].setName(family if name_id != 6 else family.replace(" ", "-"), name_id, 3, 1, 0x409)
    font["name"].setName("Regular", 2, 3, 1, 0x409)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_faces(text: str) -> tuple[str, list[str]]:
    """``@font-face`` rules embedding the CJK characters of ``text``, and the characters no bundled font has.

    The page falls back to the reader's own CJK fonts for those (none for the bundled corpus).
    """
    wanted = sorted({ord(c) for c in text if ord(c) >= FIRST_CJK})
    rules, missing = [], wanted
    for family, source in zip(FAMILIES, (_ipaex(), FALLBACK)):
        covered = [c for c in missing if c in _cmap(source)]
        missing = [c for c in missing if c not in _cmap(source)]
        if covered:
            data = base64.b64encode(subset_font(source, covered, family)).decode("ascii")
            rules.append(f'@font-face {{ font-family: "{family}"; font-display: block; '
                         f'src: url(data:font/woff;base64,{data}) format("woff"); }}')
    return "\n".join(rules), [chr(c) for c in missing]


def make_fallback(source: Path, codepoints: list[int], out: Path = FALLBACK) -> Path:
    """Write the bundled fallback font (see ``assets/fonts/README.md`` for the command that made it)."""
    out.write_bytes(subset_font(source, codepoints, FAMILIES[1]))
    return out


def plain_font(path: Path) -> bytes:
    """A WOFF font as plain TrueType bytes, for programs that read only TTF (matplotlib)."""
    font = TTFont(path, recalcTimestamp=False)
    font.flavor = None
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
