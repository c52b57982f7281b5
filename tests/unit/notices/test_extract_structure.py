"""HTML extraction keeps the structure trafilatura drops: the title in a <header>, the questions
of a <details> FAQ as headings, the privacy e-mail of the <footer> — and no boilerplate."""

from __future__ import annotations

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.extract import text_from_bytes

_PAGE = """<html><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
<div class="cookie-banner"><h2>We value your privacy</h2><p>Accept all cookies?</p></div>
<header><h1>Lumen Notes – Privacy Notice</h1>
<p><small>Last updated 4 March 2026</small></p></header>
<main>
<p>Lumen Notes is an AI note-taking app run by Lumen Software GmbH, a company registered in
Berlin. This notice explains what we do with the notes and recordings you give us.</p>
<h2>Frequently asked questions</h2>
<details><summary>Do you train models on my notes?</summary>
<p>Only if you switch on "Improve Lumen" in your settings, and you can switch it off again at
any time from the same page.</p></details>
<details><summary>Where are my recordings stored?</summary>
<p>Recordings are kept on servers in Frankfurt and deleted ninety days after transcription
unless you pin them to a note.</p></details>
</main>
<footer><p>Questions about privacy? Write to privacy@lumen-notes.example</p>
<ul><li><a href="/terms">Terms</a></li><li><a href="/imprint">Imprint</a></li></ul>
<p>© 2026 Lumen Software GmbH</p></footer>
</body></html>"""


def _text() -> str:
    return text_from_bytes(_PAGE.encode("utf-8"), "text/html", "page.html")


def _heading(lines: list[str], title: str) -> int:
    """The index of the Markdown heading *title* (of any level) in *lines*."""
    return next(at for at, line in enumerate(lines)
                if line.startswith("#") and line.lstrip("#").strip() == title)


def test_the_header_title_and_the_faq_questions_are_headings_before_their_text() -> None:
    lines = [line for line in _text().split("\n") if line]
    assert lines[0] == "# Lumen Notes – Privacy Notice"
    assert "Last updated 4 March 2026" in lines[:3]
    faq = lines.index("## Frequently asked questions")
    question = _heading(lines, "Do you train models on my notes?")
    assert faq < question
    assert lines[question + 1].startswith("Only if you switch on")
    where = _heading(lines, "Where are my recordings stored?")
    assert lines[where + 1].startswith("Recordings are kept on servers in Frankfurt")


def test_the_footer_gives_its_privacy_e_mail_and_nothing_else() -> None:
    text = _text()
    assert text.rstrip().endswith("Questions about privacy? Write to privacy@lumen-notes.example")
    assert text.count("privacy@lumen-notes.example") == 1
    for boilerplate in ("Imprint", "Terms", "©", "Pricing", "We value your privacy",
                        "Accept all cookies"):
        assert boilerplate not in text


def test_a_footer_e_mail_already_in_the_text_is_not_repeated() -> None:
    page = _PAGE.replace("unless you pin them to a note.",
                         "unless you pin them to a note. Ask privacy@lumen-notes.example.")
    text = text_from_bytes(page.encode("utf-8"), "text/html", "page.html")
    assert text.count("privacy@lumen-notes.example") == 1
    assert "Questions about privacy?" not in text


def test_the_analysis_reads_the_title_and_the_e_mail(analyser: Analyser) -> None:
    result = analyser.analyse(_text(), source="page.html", lang="en")
    assert result["title"] == "Lumen Notes – Privacy Notice"
    assert result["handler"]["emails"] == ["privacy@lumen-notes.example"]


def test_faq_questions_in_sections_are_put_back_before_their_answers() -> None:
    page = """<html><body>
<header><h1>Parrot Tutor – Privacy</h1></header>
<section><p>Parrot Tutor is a language-learning chatbot published by Parrot Labs AB, Sveavägen 1,
Stockholm, Sweden.</p></section>
<section><h2>Questions</h2>
<details><summary>Do you keep my voice clips?</summary>
<p>Yes, for thirty days, so that the pronunciation coach can compare your attempts.</p></details>
<details><summary>Are my lessons used to train the tutor?</summary>
<p>Only with your permission; turn off "Share lessons" in Settings to stop it.</p></details>
</section>
<footer><p>Privacy team: privacy&#64;parrot-tutor.example</p></footer>
</body></html>"""
    lines = [line for line in text_from_bytes(page.encode(), "text/html", "faq.html").split("\n")
             if line]
    assert lines[0] == "# Parrot Tutor – Privacy"
    clips = _heading(lines, "Do you keep my voice clips?")
    assert lines[clips + 1].startswith("Yes, for thirty days")
    lessons = _heading(lines, "Are my lessons used to train the tutor?")
    assert lines[lessons + 1].startswith("Only with your permission")
    assert lines[-1] == "Privacy team: privacy@parrot-tutor.example"
