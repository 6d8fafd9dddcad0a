"""Certificate codes: 128 random bits written in Crockford's base 32 (no I, L, O or U), so
that a code read aloud or typed from paper is hard to get wrong."""

import re
import secrets

from .models import CODE_LENGTH

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# What people type instead: O for zero, I and L for one; dashes and spaces are only grouping.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_NOT_CODE = re.compile(r"[\s\-_.]")
_VALID = re.compile(f"^[{ALPHABET}]{{{CODE_LENGTH}}}$")


def code_generate() -> str:
    """A new code: 16 random bytes as 26 base-32 digits."""
    number = int.from_bytes(secrets.token_bytes(16), "big")
    return "".join(ALPHABET[(number >> (5 * shift)) & 31] for shift in reversed(range(CODE_LENGTH)))


def code_normalise(text: str) -> str | None:
    """The stored form of a code as typed or scanned (any case, with or without dashes), or
    None when it cannot be one."""
    code = _NOT_CODE.sub("", text or "").upper().translate(_LOOKALIKES)
    return code if _VALID.match(code) else None
