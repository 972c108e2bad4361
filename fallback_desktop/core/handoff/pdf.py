"""Text laid out on A4 pages as a PDF, in a Korean font embedded in the file.

The margins are 인터넷우체국's for a 내용증명 (at least top 20 mm, bottom 40 mm, left and right
15 mm), each with 2 mm to spare so a printer's rounding cannot push a line over; there are no
page numbers, headers or footers, and at most 150 pages (the post office's limit). The engine is
fpdf2 (pure Python, no Qt, so the command line can write the PDF too): it embeds only the glyphs
used, as a subset of the font.

The font: for text within KS X 1001's 2,350 Hangul syllables, Latin and the common symbols, the
bundled resources/fonts/NotoSansCJKkr-KSX1001.otf (Noto Sans CJK KR cut to those characters by
`python -m tools.hangul_font`; SIL Open Font License, resources/fonts/OFL.txt) — a 0.4 MB font
reads in a tenth of the time of the 19 MB collection it comes from. Text beyond it (똠, Hanja)
takes the font found on the system — Noto Sans CJK KR on Linux (the package fonts-noto-cjk),
맑은 고딕 on Windows, Apple SD Gothic Neo on macOS.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import msg
from fallback_desktop.paths import resource

if TYPE_CHECKING:
    from fpdf import FPDF

# 인터넷우체국 내용증명: the least margins (mm), and what is kept on top of each.
POST_OFFICE_MARGINS_MM = {"top": 20.0, "bottom": 40.0, "left": 15.0, "right": 15.0}
SPARE_MM = 2.0
MAX_PAGES = 150
A4_MM = (210.0, 297.0)
PARAGRAPH_MM = 3.0  # room above a block from which the text form leaves a blank line

Style = Literal["title", "heading", "body", "note"]
# Font size (pt) and line height (mm) of each style.
_SIZES: dict[Style, tuple[float, float]] = {
    "title": (18.0, 11.0),
    "heading": (12.0, 7.5),
    "body": (11.0, 6.0),
    "note": (9.5, 5.5),
}


@dataclass(frozen=True)
class Block:
    """A paragraph (its line breaks kept), in a style, aligned left, centred or right; `space`
    is the room above it in mm; a `whole` block (a few short lines, as a date and signature)
    starts a new page rather than being split."""

    text: str
    style: Style = "body"
    align: Literal["L", "C", "R"] = "L"
    space: float = 0.0
    indent: float = 0.0
    whole: bool = False


@dataclass(frozen=True)
class FontFile:
    """A font file that covers Hangul, and the font's number in it when it is a collection."""

    path: Path
    index: int = 0


# Where the Hangul fonts are, best first: Debian/Ubuntu (fonts-noto-cjk), Fedora, Windows, macOS.
_KNOWN_FONTS = (
    FontFile(Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 1),
    FontFile(Path("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"), 1),
    FontFile(Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"), 1),
    FontFile(Path("C:/Windows/Fonts/malgun.ttf")),
    FontFile(Path("/System/Library/Fonts/AppleSDGothicNeo.ttc")),
)


BUNDLED_FONT = ("fonts", "NotoSansCJKkr-KSX1001.otf")


def bundled_covers(code: int) -> bool:
    """Whether the bundled font is cut to hold this code point: printable ASCII, Latin-1,
    general punctuation, and KS X 1001's two-byte characters but its Hanja."""
    if 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xD800 <= code <= 0xDFFF:
        return False
    if code < 0x80:
        return chr(code).isprintable()
    if 0xA0 <= code <= 0xFF or 0x2000 <= code <= 0x206F:
        return True
    try:
        # Python's euc_kr writes the syllables KS X 1001 lacks as 8-byte sequences: those are out.
        return len(chr(code).encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False


def font_for(texts: Sequence[str]) -> FontFile | None:
    """The bundled font when it holds every character of the texts, else the system's."""
    bundled = resource(*BUNDLED_FONT)
    used = {ord(ch) for value in texts for ch in value if not ch.isspace()}
    if bundled.is_file() and all(bundled_covers(code) for code in used):
        return FontFile(bundled)
    return hangul_font()


@cache
def hangul_font() -> FontFile | None:
    """The first known Hangul font on this machine, else what fontconfig picks for Korean."""
    for font in _KNOWN_FONTS:
        if font.path.is_file():
            return font
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{file}\n%{index}", ":lang=ko"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return None
    if len(found) != 2 or not found[1].strip().isdigit():
        return None
    path = Path(found[0])
    if path.suffix.lower() not in {".ttf", ".otf", ".ttc", ".otc"} or not path.is_file():
        return None
    return FontFile(path, int(found[1]))


def margins_mm() -> dict[str, float]:
    """The margins the pages are laid out with."""
    return {side: least + SPARE_MM for side, least in POST_OFFICE_MARGINS_MM.items()}


def document_pdf(blocks: Sequence[Block], *, title: str, font: FontFile | None = None) -> bytes:
    """The blocks on A4 pages, as the bytes of a PDF whose text can be copied and searched.

    InputError when no Hangul font is installed or the text needs more than 150 pages."""
    from fpdf import FPDF

    chosen = font or font_for([title, *(block.text for block in blocks)])
    if chosen is None:
        raise InputError(msg("pdf.no_font"), field="output")
    # fpdf2 names every glyph a font lacks in a warning, which can echo what the person typed;
    # fontTools tells how it cut the font. Neither belongs in the app's log.
    logging.getLogger("fpdf").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    margin = margins_mm()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(margin["left"], margin["top"], margin["right"])
    pdf.set_auto_page_break(True, margin=margin["bottom"])
    pdf.set_title(title)
    pdf.set_creator("Fallback Desk")
    pdf.set_lang("ko")
    pdf.add_font("Hangul", fname=str(chosen.path), collection_font_number=chosen.index)
    # The whole font's bounding box stays valid for its subset; working it out again draws
    # every glyph used, twice (a third of the time a letter takes).
    for loaded in pdf.fonts.values():
        ttfont = getattr(loaded, "ttfont", None)
        if ttfont is not None:
            ttfont.recalcBBoxes = False
    try:
        _lay_out(pdf, blocks, margin["left"])
        return bytes(pdf.output())
    finally:
        # fontTools reads the font lazily and keeps its file open until told.
        for loaded in pdf.fonts.values():
            ttfont = getattr(loaded, "ttfont", None)
            if ttfont is not None:
                ttfont.close()


def _lay_out(pdf: FPDF, blocks: Sequence[Block], left: float) -> None:
    from fpdf.enums import WrapMode, XPos, YPos

    pdf.add_page()
    width = pdf.epw
    for block in blocks:
        size, height = _SIZES[block.style]
        pdf.set_font("Hangul", size=size)
        lines = block.text.count("\n") + 1
        if block.whole and pdf.get_y() + block.space + lines * height > pdf.page_break_trigger:
            pdf.add_page()
        elif block.space:
            pdf.ln(block.space)
        pdf.set_x(left + block.indent)
        pdf.multi_cell(
            width - block.indent,
            height,
            _printable(block.text) or " ",
            align=block.align,
            wrapmode=WrapMode.WORD,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if pdf.page > MAX_PAGES:
            raise InputError(msg("pdf.too_long", pages=MAX_PAGES), field="output")


def _printable(text: str) -> str:
    """Tabs as spaces, and no control characters but the line feed."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    return "".join(ch for ch in text if ch == "\n" or ch.isprintable())


def blocks_text(blocks: Sequence[Block]) -> str:
    """The same document as plain text: a blank line where a block has a paragraph's room
    above it, indented blocks indented."""
    lines: list[str] = []
    for block in blocks:
        if block.space >= PARAGRAPH_MM and lines:
            lines.append("")
        pad = "   " if block.indent else ""
        lines.append("\n".join(pad + line for line in block.text.split("\n")))
    return "\n".join(lines).strip() + "\n"
