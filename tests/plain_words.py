"""What a person reads on a page or in a terminal, and the internal words that must not be in it."""

import re
from html.parser import HTMLParser

# Attributes a person reads or hears (screen readers speak labels and alternatives).
READ_ATTRIBUTES = {"alt", "aria-label", "title", "placeholder"}

LINK = re.compile(r"https?://\S+")
INTERNAL_WORDS = {
    "an internal document name": re.compile(r"\b[\w-]+\.md\b"),
    "a section sign": re.compile(r"§"),
    "a dotted field path": re.compile(r"\b[a-z][a-z_]+\.[a-z][a-z_]+\b"),
    "an underscore id": re.compile(r"\b[a-z]+(?:_[a-z]+)+\b"),
    "a source marker in capitals": re.compile(r"UNSOURCED"),
}


class _ReadText(HTMLParser):
    """Collect text nodes and read attributes, leaving out scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        self.parts.extend(value for name, value in attrs if name in READ_ATTRIBUTES and value)

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style") and self._skipping:
            self._skipping -= 1

    def handle_data(self, data) -> None:
        if not self._skipping:
            self.parts.append(data)


def readable_text(html: str) -> str:
    """Return the words of a page a person can read or hear, one space between parts."""
    parser = _ReadText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def internal_words(text: str) -> list[str]:
    """Return each internal word found, with what kind it is and a little context."""
    found = []
    text = LINK.sub("", text)  # a printed web address is for following, not reading
    for kind, pattern in INTERNAL_WORDS.items():
        for match in pattern.finditer(text):
            context = text[max(0, match.start() - 40) : match.end() + 40]
            found.append(f"{kind} {match.group()!r} in “…{context}…”")
    return found
