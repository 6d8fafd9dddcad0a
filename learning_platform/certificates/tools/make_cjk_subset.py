"""Regenerates the CJK fonts of certificates, static/certificates/fonts/NotoSansCJK-*.otf, from
Debian's Noto Sans CJK (package fonts-noto-cjk).

Noto Sans CJK is a 19 MB collection; certificates need one face of it for names in Chinese,
Japanese and Korean. This keeps the Simplified Chinese face (its ideographs also serve
Japanese kanji and Korean hanja), and only the characters names are written with, in two fonts:

- Han: CJK Unified Ideographs U+4E00-9FFF and extension A, compatibility ideographs, radicals,
  Hiragana and Katakana, CJK symbols and punctuation, half-width and full-width forms;
- Hangul: Hangul syllables and jamo, with the same punctuation.

Two fonts rather than one because WeasyPrint's subsetter keeps glyph ids: a PDF embedding a
glyph numbered 40,000 carries 40,000 empty slots. Split, a Korean or Chinese name costs
about half as much in the PDF, and every certificate stays under 100 KB.

Run it after `apt-get install fonts-noto-cjk` (about two minutes):

    .venv/bin/python learning_platform/certificates/tools/make_cjk_subset.py
"""

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONTS = Path(__file__).resolve().parent.parent / "static/certificates/fonts"
FACE = "Noto Sans CJK SC"
COMMON = [
    (0x0020, 0x007E),  # ASCII, for spaces and digits between ideographs
    (0x00B7, 0x00B7),  # middle dot
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
TARGETS = {
    "NotoSansCJK-Han.otf": [
        *COMMON,
        (0x2E80, 0x2FDF),  # CJK radicals
        (0x3040, 0x30FF),  # Hiragana, Katakana
        (0x31F0, 0x31FF),  # Katakana phonetic extensions
        (0x3400, 0x4DBF),  # CJK Unified Ideographs extension A
        (0x4E00, 0x9FFF),  # CJK Unified Ideographs
        (0xF900, 0xFAFF),  # CJK compatibility ideographs
    ],
    "NotoSansCJK-Hangul.otf": [
        *COMMON,
        (0x1100, 0x11FF),  # Hangul jamo
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0xAC00, 0xD7AF),  # Hangul syllables
    ],
}


def subset_save(ranges, target: Path) -> None:
    collection = TTCollection(SOURCE)
    font = next(face for face in collection.fonts if face["name"].getDebugName(4) == FACE)
    options = subset.Options()
    options.layout_features = ["*"]  # keep vertical and locale forms, kerning, ligatures
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # PDFs are printed or zoomed: hints only add weight
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for start, end in ranges for code in range(start, end + 1)])
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    for name, ranges in TARGETS.items():
        subset_save(ranges, FONTS / name)


if __name__ == "__main__":
    main()
