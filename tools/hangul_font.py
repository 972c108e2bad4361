"""Regenerate resources/fonts/NotoSansCJKkr-KSX1001.otf, the Korean font the PDFs embed, and its
licence, from the Noto Sans CJK KR installed on this machine (Debian: fonts-noto-cjk).

The font is cut to the characters core.handoff.pdf.bundled_covers names (KS X 1001's Hangul
syllables and symbols, Latin) and loses its layout tables, which fpdf2 does not use. Run
`python -m tools.hangul_font` after upgrading fonts-noto-cjk.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from fallback_desktop.core.handoff.pdf import BUNDLED_FONT, bundled_covers
from fallback_desktop.core.store.files import atomic_write_bytes
from fallback_desktop.paths import resource

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_INDEX = 1  # Noto Sans CJK KR in the collection
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
DROPPED = ["GSUB", "GPOS", "GDEF", "vmtx", "vhea", "VORG", "BASE", "STAT"]


def build_font(source: Path = SOURCE, index: int = SOURCE_INDEX) -> tuple[bytes, str]:
    """The cut font's bytes and the font's own copyright notice."""
    from fontTools import subset, ttLib  # type: ignore[import-untyped]

    font = ttLib.TTFont(source, fontNumber=index, lazy=True)
    options = subset.Options()
    options.drop_tables += DROPPED
    options.layout_features = []
    options.notdef_outline = True
    options.recommended_glyphs = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in range(0x10000) if bundled_covers(code)])
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    notice = str(font["name"].getDebugName(0) or "")
    font.close()
    return out.getvalue(), notice


def licence_text(notice: str, copyright_file: Path = DEBIAN_COPYRIGHT) -> str:
    """The font's copyright notice and the SIL Open Font License 1.1 as Debian ships it."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    start = lines.index("License: SIL-1.1", lines.index("License: SIL-1.1") + 1)
    body: list[str] = []
    for line in lines[start + 1 :]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = f"{BUNDLED_FONT[1]}: Noto Sans CJK KR, cut to KS X 1001 Hangul and symbols.\n{notice}"
    return header + "\n\n" + "\n".join(body).strip() + "\n"


def main() -> int:
    data, notice = build_font()
    atomic_write_bytes(resource(*BUNDLED_FONT), data, backup=False)
    licence = licence_text(notice).encode("utf-8")
    atomic_write_bytes(resource(BUNDLED_FONT[0], "OFL.txt"), licence, backup=False)
    print(f"{resource(*BUNDLED_FONT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
