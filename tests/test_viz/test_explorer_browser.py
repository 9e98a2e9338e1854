"""The explorer of the bundled corpus in a real browser: headless Chromium driven by Selenium.

Skipped only when Chromium or its driver is not installed (CI installs Debian's ``chromium`` and
``chromium-driver``). ``PLEDGEGRAPH_SCREENSHOT=docs/explorer.png`` also saves the README's screenshot.
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import replace

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from pledgegraph.viz.html import render

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000")
WTO_2002 = "日本側がロシアのWTO加盟支持を改めて表明し"  # 002 (ja), para. 1.4.イ
WTO_2013 = "ロシア連邦のＷＴＯ加盟を歓迎する"  # 004 (ja), full-width letters: found through NFKC
WTO_2000 = "accession to the World Trade Organization (WTO)"  # 003 (en), para. I.4


def _binaries() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    return browser, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    path, driver_path = _binaries()
    options = webdriver.ChromeOptions()
    options.binary_location = path
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    yield driver
    driver.quit()


def _open(driver, path):
    """Load ``path`` and wait until its scripts are done and its fonts ready; the console starts empty."""
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready === 'true' && document.fonts.status === 'loaded'"))
    driver.get_log("browser")
    return driver


def _mini_page(browser, records, path):
    """Open the explorer of ``records`` (the hand-made graph, edited by a test)."""
    path.write_text(render(records), encoding="utf-8")
    return _open(browser, path)


@pytest.fixture()
def page(browser, bundled_build):
    """The bundled build's graph.html, freshly loaded."""
    return _open(browser, bundled_build.out / "graph.html")


def _errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def _search(driver, text: str) -> None:
    box = driver.find_element(By.ID, "f-search")
    box.clear()
    box.send_keys(text)
    time.sleep(0.4)  # the search waits 150 ms for typing to stop


def _quotes(driver) -> list[str]:
    return [q.text for q in driver.find_elements(By.CSS_SELECTOR, "#list .item .quote")]


def _shown(driver) -> int:
    return int(driver.find_element(By.ID, "count").text.split()[0])


def _pledges(driver) -> list[dict]:
    """The pledges the page was given (its data, not what its filters made of it)."""
    return driver.execute_script("return JSON.parse(document.getElementById('pg-data').textContent).pledges")


def _metas(driver) -> list[str]:
    return [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#list .item .meta")]


def _keep_only(driver, box: str, value: str) -> None:
    """Untick every checkbox of fieldset ``box`` but ``value``."""
    for tick in driver.find_elements(By.CSS_SELECTOR, f"#{box} input"):
        if tick.get_attribute("value") != value:
            tick.click()
    time.sleep(0.2)


def _choose(driver, select: str, value: str) -> None:
    Select(driver.find_element(By.ID, select)).select_by_value(value)
    time.sleep(0.2)


def test_loads_without_console_errors(bundled_build, browser):
    browser.get((bundled_build.out / "graph.html").as_uri())
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    assert _errors(browser) == []
    assert _shown(browser) == len(bundled_build.corpus.provisions) > 200
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline .dot") and browser.find_elements(By.CSS_SELECTOR, "#list .item")


def test_cjk_text_never_renders_as_boxes(page):
    """Every CJK character on the page draws differently from a character no font has (the box)."""
    boxes = page.execute_script("""
        var text = document.getElementById('pg-data').textContent + document.body.innerText, seen = {};
        var canvas = document.createElement('canvas'), ctx = canvas.getContext('2d');
        canvas.width = canvas.height = 32;
        var font = getComputedStyle(document.body).fontFamily;
        function pixels(ch) {
          ctx.clearRect(0, 0, 32, 32); ctx.font = '24px ' + font; ctx.fillText(ch, 2, 26);
          return Array.prototype.join.call(ctx.getImageData(0, 0, 32, 32).data, ',');
        }
        var box = pixels('\\u{10FFFD}'), bad = [];
        for (var ch of text) {
          var code = ch.codePointAt(0);
          if (code < 0x2E80 || seen[ch] || /\\s/.test(ch) || (code >= 0xE000 && code <= 0xF8FF)) continue;
          seen[ch] = true;
          if (pixels(ch) === box) bad.push(ch);
        }
        return bad.join('');
    """)
    assert boxes == ""


def test_search_finds_a_pledge_in_any_language_and_script(page):
    _search(page, "WTO")
    quotes = " ".join(_quotes(page))
    assert WTO_2002 in quotes and WTO_2013 in quotes and WTO_2000 in quotes
    _search(page, "терроризм")  # a Russian label of the counter-terrorism theme finds Japanese and English pledges
    assert _shown(page) >= 10 and any("テロ" in q for q in _quotes(page))
    assert _errors(page) == []


def test_filters_hide_the_other_pledges(page):
    total = _shown(page)
    _choose(page, "f-theme", "wto-accession")
    assert 0 < _shown(page) < total
    lanes = {th.text for th in page.find_elements(By.CSS_SELECTOR, "#timeline th.lane")} - {"theme \\ year"}
    assert lanes == {"WTO accession"}
    _keep_only(page, "f-status", "implemented")
    assert 0 < _shown(page) < 5
    assert all("implemented" in item.text for item in page.find_elements(By.CSS_SELECTOR, "#list .item .meta"))
    page.find_element(By.ID, "f-reset").click()
    assert _shown(page) == total
    for field in ("f-from", "f-to"):
        page.find_element(By.ID, field).clear()
        page.find_element(By.ID, field).send_keys("2000\n")
    time.sleep(0.2)
    dates = [item.text[:4] for item in page.find_elements(By.CSS_SELECTOR, "#list .item .meta")]
    assert 0 < _shown(page) < total and set(dates) == {"2000"}
    assert _errors(page) == []


def test_actor_modality_and_committal_filters_hide_the_other_pledges(page):
    """Each filter shows exactly the pledges of the page's data that pass it, and they combine."""
    data, total = _pledges(page), _shown(page)
    _choose(page, "f-actor", "JP")
    with_japan = [p for p in data if "JP" in p["actors"]]
    assert _shown(page) == len(with_japan) < total
    assert all("JP" in meta.split(" · ")[3].split("+") for meta in _metas(page))
    _choose(page, "f-committal", "no")
    loose = [p for p in with_japan if not p["committal"]]
    assert 0 < _shown(page) == len(loose) < len(with_japan)
    assert all("(non-committal)" in meta for meta in _metas(page))
    page.find_element(By.ID, "f-reset").click()
    _keep_only(page, "f-modality", "agree")
    agreed = [p for p in data if p["modality"] == "agree"]
    assert 0 < _shown(page) == len(agreed) < total
    assert all(meta.split(" · ")[4].startswith("agree") for meta in _metas(page))
    _choose(page, "f-committal", "yes")
    assert _shown(page) == sum(p["committal"] for p in agreed)
    assert _errors(page) == []


def test_relationship_filter_hides_the_pledges_of_other_pairs(browser, mini_records, tmp_path):
    """The hand-made graph with every other pledge moved to a second pair of states (CN–RU)."""
    pledges = [dict(p, relationships=["CN–RU"]) if i % 2 else p for i, p in enumerate(mini_records.pledges)]
    _mini_page(browser, replace(mini_records, pledges=pledges), tmp_path / "two-pairs.html")
    total = _shown(browser)
    _choose(browser, "f-relationship", "CN–RU")
    assert _shown(browser) == len(pledges) // 2 < total
    groups = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#timeline tr.group th")]
    assert groups and all(g.endswith("(CN–RU)") for g in groups)
    _choose(browser, "f-relationship", "JP–RU")
    assert _shown(browser) == total - len(pledges) // 2
    assert _errors(browser) == []


def test_click_shows_the_chain_with_evidence_and_copies_a_citation(page):
    _search(page, "WTO加盟支持")
    item = next(i for i in page.find_elements(By.CSS_SELECTOR, "#list .item") if WTO_2002 in i.text)
    item.click()
    chain = page.find_element(By.ID, "chain")
    WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chain .pair"))
    pairs = chain.find_elements(By.CSS_SELECTOR, ".pair")
    text = chain.text
    assert {p.find_element(By.CSS_SELECTOR, ".relation .name").text for p in pairs} >= {"strengthens →", "implements →"}
    assert WTO_2000 in text and WTO_2013 in text and WTO_2002 in text  # quotes side by side
    assert "confidence" in text and "rule link." in text and "World Trade Organization" in text  # evidence, labelled
    assert "2000-09-05" in text and "para. I.4" in text and "authoritative text (en)" in text
    focus = chain.find_element(By.CSS_SELECTOR, ".card.focus")
    assert "日露外相会談" in focus.text and "para. 1.4.イ" in focus.text
    focus.find_element(By.CSS_SELECTOR, "button.cite").click()
    WebDriverWait(page, 5).until(lambda d: d.find_element(By.ID, "copied").get_attribute("data-citation"))
    citation = page.find_element(By.ID, "copied").get_attribute("data-citation")
    assert citation.startswith("日露外相会談 (結果概要), 2002-02-02, para. 1.4.イ: “") and WTO_2002 in citation
    assert citation.endswith("”")
    assert _errors(page) == []
    if os.environ.get("PLEDGEGRAPH_SCREENSHOT"):
        _search(page, "WTO")
        page.save_screenshot(os.environ["PLEDGEGRAPH_SCREENSHOT"])


def test_chain_follows_links_transitively_and_names_translations(browser, mini_records, tmp_path):
    """From the 2000 pledge: the 2002 pledge it strengthens and the 2013 pledge that strengthens that one; the 2002
    document marked as a translation from Russian."""
    documents = [dict(d, authoritative=False, originalLanguage="ru") if d["source"] == "b2002.txt" else d
                 for d in mini_records.documents]
    _mini_page(browser, replace(mini_records, documents=documents), tmp_path / "chain.html")
    first = next(i for i, p in enumerate(mini_records.pledges) if p["iri"].endswith("doc/a2000/prov/I.1/1"))
    browser.find_element(By.CSS_SELECTOR, f'#list .item[data-i="{first}"]').click()
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chain .pair"))
    chain = browser.find_element(By.ID, "chain")
    assert chain.find_element(By.TAG_NAME, "h2").text == "Chain: 0 earlier, 2 later pledges, 2 links"
    later = {p["quote"] for p in mini_records.pledges if p["iri"].endswith(("b2002/prov/1/1", "c2013/prov/5/1"))}
    assert len(later) == 2 and all(quote in chain.text for quote in later)
    assert "translation (ja), original in ru" in chain.text and "authoritative text (en)" in chain.text
    assert _errors(browser) == []


def test_a_link_to_a_pledge_opens_its_chain(browser, bundled_build):
    iri = "https://w3id.org/pledgegraph/id/doc/002_bcadfc521591403f/prov/1.4.%E3%82%A4/1"
    browser.get((bundled_build.out / "graph.html").as_uri() + "#" + iri.replace("%", "%25"))
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chain .card.focus"))
    assert WTO_2002 in browser.find_element(By.CSS_SELECTOR, "#chain .card.focus").text
