"""Regenerates the CJK fonts of certificates, assets/fonts/NotoSansCJK-*.otf, from
Debian's Noto Sans CJK (package fonts-noto-cjk).

Noto Sans CJK is a 19 MB collection; certificates need one face of it for names in Chinese,
Japanese and Korean. This keeps the Simplified Chinese face (its ideographs also serve
Japanese kanji and Korean hanja), and only the characters names are written with, in five fonts:

- Han: the 7,174 most used ideographs (level 1 of GB 2312, JIS X 0208 and Big5, that is
  simplified Chinese, Japanese and traditional Chinese), Hiragana and Katakana, CJK symbols and
  punctuation, half-width and full-width forms;
- Han Extra 1 and 2: every other ideograph of CJK Unified Ideographs U+4E00-9FFF, in two;
- Han Ext A: extension A, compatibility ideographs and radicals;
- Hangul: Hangul syllables and jamo.

Five fonts rather than one because WeasyPrint's subsetter keeps glyph ids and works through
the whole font: a glyph numbered 40,000 brings 40,000 empty slots into the PDF and a 20 ms
subsetting. Split, a Chinese, Japanese or Korean name costs a few milliseconds and kilobytes,
and every certificate stays under 100 KB.

Run it after `apt-get install fonts-noto-cjk` (a few minutes; give font names to make only those):

    .venv/bin/python learning_platform/certificates/tools/make_cjk_subset.py
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONTS = Path(__file__).resolve().parent.parent / "assets/fonts"
FACE = "Noto Sans CJK SC"
COMMON = [
    (0x0020, 0x007E),  # ASCII, for spaces and digits between ideographs
    (0x00B7, 0x00B7),  # middle dot
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
URO = (0x4E00, 0x9FFF)  # CJK Unified Ideographs


def common_ideograph(character: str) -> bool:
    """Whether a character is in level 1 (the most used) of GB 2312, JIS X 0208 or Big5."""
    for codec, first, last in (
        ("gb2312", 0xB0A1, 0xD7FE),
        ("euc_jp", 0xB0A1, 0xCFFE),
        ("big5", 0xA440, 0xC67E),
    ):
        try:
            encoded = character.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and first <= int.from_bytes(encoded, "big") <= last:
            return True
    return False


COMMON_HAN = [code for code in range(URO[0], URO[1] + 1) if common_ideograph(chr(code))]
OTHER_HAN = sorted(set(range(URO[0], URO[1] + 1)) - set(COMMON_HAN))
TARGETS = {
    "NotoSansCJK-Han.otf": [
        *COMMON,
        (0x3040, 0x30FF),  # Hiragana, Katakana
        (0x31F0, 0x31FF),  # Katakana phonetic extensions
        *((code, code) for code in COMMON_HAN),
    ],
    # The other ideographs, in fonts of about 7,000 glyphs each.
    # (With the spaces and punctuation: a run of text in one of them may include them.)
    "NotoSansCJK-HanExtra1.otf": [
        *COMMON,
        *((code, code) for code in OTHER_HAN[: len(OTHER_HAN) // 2]),
    ],
    "NotoSansCJK-HanExtra2.otf": [
        *COMMON,
        *((code, code) for code in OTHER_HAN[len(OTHER_HAN) // 2 :]),
    ],
    "NotoSansCJK-HanExtA.otf": [
        *COMMON,
        (0x2E80, 0x2FDF),  # CJK radicals
        (0x3400, 0x4DBF),  # CJK Unified Ideographs extension A
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


def main(names=()) -> None:
    for name, ranges in TARGETS.items():
        if not names or name in names:
            subset_save(ranges, FONTS / name)


if __name__ == "__main__":
    main(sys.argv[1:])  # the names of the fonts to make; none for all
