"""The explorer of the bundled corpus in a real browser: headless Chromium driven by Selenium.

Skipped only when Chromium or its driver is not installed (CI installs Debian's ``chromium`` and
``chromium-driver``). ``PLEDGEGRAPH_SCREENSHOT=docs/explorer.png`` also saves the README's screenshot.
"""
from __future__ import annotations

import os
import shutil
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

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


@pytest.fixture()
def page(browser, bundled_build):
    """The bundled build's graph.html, freshly loaded, scripts done and fonts ready."""
    browser.get((bundled_build.out / "graph.html").as_uri())
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready === 'true' && document.fonts.status === 'loaded'"))
    browser.get_log("browser")  # start each test with an empty console
    return browser


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
    Select(page.find_element(By.ID, "f-theme")).select_by_value("wto-accession")
    time.sleep(0.2)
    assert 0 < _shown(page) < total
    lanes = {th.text for th in page.find_elements(By.CSS_SELECTOR, "#timeline th.lane")} - {"theme \\ year"}
    assert lanes == {"WTO accession"}
    for box in page.find_elements(By.CSS_SELECTOR, "#f-status input"):
        if box.get_attribute("value") != "implemented":
            box.click()
    time.sleep(0.2)
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


def test_a_link_to_a_pledge_opens_its_chain(browser, bundled_build):
    iri = "https://w3id.org/pledgegraph/id/doc/002_bcadfc521591403f/prov/1.4.%E3%82%A4/1"
    browser.get((bundled_build.out / "graph.html").as_uri() + "#" + iri.replace("%", "%25"))
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chain .card.focus"))
    assert WTO_2002 in browser.find_element(By.CSS_SELECTOR, "#chain .card.focus").text
