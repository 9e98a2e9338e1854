"""Small statements in the supported languages, and helpers to write them in any encoding."""
from __future__ import annotations

from pathlib import Path

EN = """Joint Statement between India and Australia on Maritime Cooperation

New Delhi, 12 March 2021

1. India and Australia agreed to hold a maritime dialogue once a year.
2. Both sides welcomed the signing of the Mutual Logistics Support Arrangement.
"""
JA = """日本国とロシア連邦との間の共同声明

２０１３年４月２９日　モスクワ

１．両首脳は、毎年首脳会談を行うことで一致した。
２．日本側は、ロシアのＷＴＯ加盟への支持を表明した。
"""
ZH = """中华人民共和国和哈萨克斯坦共和国联合声明

2019年9月11日 北京

一、双方同意每年举行一次总理会晤。
二、中方支持哈方加入世界贸易组织。
"""
UNNUMBERED = """Joint Statement between India and Australia

India and Australia agreed to hold a maritime dialogue once a year.

Both sides welcomed the signing of the Mutual Logistics Support Arrangement.
"""
KOREAN = "한국과 일본은 매년 정상회담을 개최하기로 합의했다.\n양측은 협력 강화를 환영했다.\n"
ARABIC = "اتفق الجانبان على عقد اجتماع سنوي.\nرحب الجانبان بتعزيز التعاون.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256)) * 4


def write(folder: Path, name: str, data: str | bytes, encoding: str = "utf-8", newline: str = "\n") -> Path:
    """Write ``data`` (text is encoded with ``encoding`` after its newlines become ``newline``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.replace("\n", newline).encode(encoding))
    return path
