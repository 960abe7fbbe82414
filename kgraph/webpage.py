"""HTML documents → their main text; the only module importing trafilatura.

trafilatura drops navigation, cookie and consent banners, footers, sidebars, scripts and styles and
keeps the article's paragraphs, one block per line. Code blocks (``<pre>``) are dropped like fenced
code in Markdown. A fragment without ``<html>``/``<body>`` is wrapped in them first (trafilatura
finds nothing in a bare fragment), and a page where it finds no main text falls back to all of the
page's visible text, so a short page is not lost. The offsets of every span then point into this
extracted text, which is what the document holds.
"""

from __future__ import annotations

import html
import re

# Only the head is searched: a <title> or lang= further in belongs to quoted markup, not the page.
_HEAD_CHARS = 100_000
_TITLE = re.compile(r"<title\b[^>]{0,200}>([^<]{0,1000})</title\s*>", re.IGNORECASE)
_LANG = re.compile(r"<html\b[^>]{0,1000}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_ROOT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_PRUNE = ["//pre"]


def main_text(markup: str) -> tuple[str, dict[str, str]]:
    """The main text of an HTML page and its metadata (``title``, ``language`` when declared).

    Returns an empty text when the page has no visible text.
    """
    import trafilatura

    head = markup[:_HEAD_CHARS]
    fields: dict[str, str] = {}
    if title := _TITLE.search(head):
        fields["title"] = " ".join(html.unescape(title.group(1)).split())[:300]
    if lang := _LANG.search(head):
        fields["language"] = lang.group(1).lower()
    if not _ROOT.search(head):
        markup = f"<html><body>{markup}</body></html>"
    text = trafilatura.extract(
        markup,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        prune_xpath=_PRUNE,
    )
    if not text or not text.strip():
        text = trafilatura.html2txt(markup)
    return text or "", {k: v for k, v in fields.items() if v}
