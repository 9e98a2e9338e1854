#!/usr/bin/env python3
"""Generate N joint statements for scale tests: mixed languages, country pairs and years, from templates.

Usage: python bench/generate.py N FOLDER [--seed S] [--bad K]

Each statement is a numbered joint statement of one pair of states in one year, in English, Japanese, Chinese
or Russian; its paragraphs draw pledges on mechanisms that recur across a pair's years (so that evolution
links exist), plus narrative. ``--bad K`` adds K files that cannot be used (binary, empty, undecodable,
unsupported language), named ``bad-*.txt``. The output is the same for the same arguments.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

PAIRS = [("JP", "IN"), ("JP", "VN"), ("RU", "IN"), ("CN", "PK"), ("RU", "VN"), ("AU", "IN"), ("FR", "IN"),
         ("CN", "KZ"), ("JP", "MN"), ("ID", "VN"), ("GB", "JP"), ("RU", "UZ")]
NAMES = {
    "en": {"JP": "Japan", "IN": "India", "VN": "Viet Nam", "RU": "Russia", "CN": "China", "PK": "Pakistan",
           "AU": "Australia", "FR": "France", "KZ": "Kazakhstan", "MN": "Mongolia", "ID": "Indonesia",
           "GB": "the United Kingdom", "UZ": "Uzbekistan"},
    "ja": {"JP": "日本", "IN": "インド", "VN": "ベトナム", "RU": "ロシア", "CN": "中国", "PK": "パキスタン",
           "AU": "豪州", "FR": "フランス", "KZ": "カザフスタン", "MN": "モンゴル", "ID": "インドネシア",
           "GB": "英国", "UZ": "ウズベキスタン"},
    "zh": {"JP": "日本", "IN": "印度", "VN": "越南", "RU": "俄罗斯", "CN": "中国", "PK": "巴基斯坦",
           "AU": "澳大利亚", "FR": "法国", "KZ": "哈萨克斯坦", "MN": "蒙古国", "ID": "印度尼西亚",
           "GB": "英国", "UZ": "乌兹别克斯坦"},
    "ru": {"JP": "Япония", "IN": "Индия", "VN": "Вьетнам", "RU": "Россия", "CN": "Китай", "PK": "Пакистан",
           "AU": "Австралия", "FR": "Франция", "KZ": "Казахстан", "MN": "Монголия", "ID": "Индонезия",
           "GB": "Великобритания", "UZ": "Узбекистан"},
}
TITLE = {"en": "Joint Statement between {a} and {b}", "ja": "{a}・{b}共同声明", "zh": "{a}和{b}联合声明",
         "ru": "Совместное заявление: {a} и {b}"}
DATELINE = {"en": "{city}, {d} March {y}", "ja": "{y}年3月{d}日　{city}", "zh": "{y}年3月{d}日，{city}",
            "ru": "{city}, {d} марта {y} года"}
CITY = {"en": "Tokyo", "ja": "東京", "zh": "北京", "ru": "Москва"}
MECHANISMS = {
    "en": ["the strategic dialogue", "the joint commission on trade", "the maritime security dialogue",
           "the annual summit", "the working group on counter-terrorism", "the cultural exchange year"],
    "ja": ["戦略対話", "貿易合同委員会", "海洋安全保障対話", "年次首脳会談", "テロ対策作業部会", "文化交流年"],
    "zh": ["战略对话", "经贸联委会", "海上安全对话", "年度首脑会晤", "反恐工作组", "文化交流年"],
    "ru": ["стратегический диалог", "межправительственную комиссию по торговле", "диалог по морской безопасности",
           "ежегодный саммит", "рабочую группу по борьбе с терроризмом", "год культурных обменов"],
}
PLEDGES = {
    "en": ["Both sides agreed to hold {m} once a year.", "The two leaders decided to launch {m} in {y}.",
           "{a} expressed its support for {m}.", "Both sides welcomed the progress of {m}.",
           "The two sides reaffirmed their commitment to {m}.", "{b} expressed its readiness to host {m}."],
    "ja": ["双方は、{m}を年1回開催することで一致した。", "両首脳は、{y}年に{m}を立ち上げることを決定した。",
           "{a}は、{m}への支持を表明した。", "双方は、{m}の進展を歓迎した。",
           "両国は、{m}を一層強化する決意を表明した。", "{b}は、{m}を主催する用意がある旨表明した。"],
    "zh": ["双方同意每年举行一次{m}。", "两国领导人决定于{y}年启动{m}。", "{a}表示支持{m}。",
           "双方欢迎{m}取得的进展。", "双方重申致力于加强{m}。", "{b}表示愿意主办{m}。"],
    "ru": ["Стороны договорились ежегодно проводить {m}.", "Лидеры двух стран решили учредить {m} в {y} году.",
           "{a} выразила поддержку в отношении {m}.", "Стороны приветствовали прогресс в работе {m}.",
           "Стороны подтвердили приверженность укреплению {m}.", "{b} выразила готовность принять {m}."],
}
NARRATIVE = {
    "en": "Bilateral trade reached {n} billion dollars in {p}.",
    "ja": "{p}年の二国間貿易額は{n}億ドルに達した。",
    "zh": "{p}年双边贸易额达到{n}亿美元。",
    "ru": "В {p} году товарооборот составил {n} млрд долларов.",
}
LANGUAGES = ("en", "ja", "zh", "ru")
BAD = {  # name -> bytes the build cannot use
    "bad-binary.txt": bytes(range(256)) * 4,
    "bad-empty.txt": b"",
    "bad-undecodable.txt": bytes(range(0x80, 0x100)) * 8,
    "bad-korean.txt": "대한민국과 일본은 공동 성명을 발표하였다. 양측은 협력을 강화하기로 합의하였다.".encode(),
}


def statement(index: int, rng: random.Random) -> tuple[str, str]:
    """File name and text of statement number ``index``."""
    a, b = PAIRS[index % len(PAIRS)]
    lang = LANGUAGES[(index // len(PAIRS)) % len(LANGUAGES)]
    year = 1995 + (index * 7) % 30
    names = NAMES[lang]
    lines = [TITLE[lang].format(a=names[a], b=names[b]), "", DATELINE[lang].format(city=CITY[lang], d=1 + index % 28, y=year), ""]
    mechanisms = rng.sample(MECHANISMS[lang], 4)
    for number, mechanism in enumerate(mechanisms, 1):
        pledge = rng.choice(PLEDGES[lang]).format(m=mechanism, y=year + 1, a=names[a], b=names[b])
        lines += [f"{number}. {pledge}", ""]
    lines += [f"{len(mechanisms) + 1}. " + NARRATIVE[lang].format(n=10 + index % 90, p=year - 1), ""]
    name = f"s{index:05d}_{lang}_{a.lower()}-{b.lower()}_{year}.txt"
    return name, "\n".join(lines)


def generate(count: int, folder: Path, seed: int = 0, bad: int = 0) -> list[Path]:
    """Write ``count`` statements (and ``bad`` unusable files) into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        name, text = statement(index, rng)
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    for name in sorted(BAD)[:bad]:
        paths.append(folder / name)
        paths[-1].write_bytes(BAD[name])
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--bad", type=int, default=0, help=f"unusable files to add (at most {len(BAD)})")
    args = ap.parse_args()
    paths = generate(args.count, args.folder, args.seed, args.bad)
    print(f"{len(paths)} files -> {args.folder}")


if __name__ == "__main__":
    main()
