from learning_platform.certificates.codes import ALPHABET, code_generate, code_normalise
from learning_platform.certificates.models import code_display


def test_codes_carry_128_random_bits_in_26_readable_characters():
    codes = {code_generate() for _ in range(2000)}

    assert len(codes) == 2000
    assert all(len(code) == 26 and set(code) <= set(ALPHABET) for code in codes)
    # 26 base-32 digits hold 130 bits: the first takes only the top 3 bits of 128 (0-7);
    # every other digit takes every value.
    assert {code[0] for code in codes} <= set("01234567")
    assert {code[-1] for code in codes} == set(ALPHABET)


def test_a_code_is_shown_in_groups_of_four_and_read_back_however_typed():
    code = "7KQ2M9XD0AB1CDEFGHJKMNPQRS"

    shown = code_display(code)

    assert shown == "7KQ2-M9XD-0AB1-CDEF-GHJK-MNPQ-RS"
    assert code_normalise(shown) == code
    assert code_normalise(shown.lower()) == code
    assert code_normalise(" 7kq2 m9xd oab1 cdef ghjk mnpq rs ") == code  # O typed for 0
    assert code_normalise("7KQ2-M9XD-0ABI-CDEF-GHJK-MNPQ-RS") == code  # I typed for 1
    assert code_normalise("7KQ2M9XD") is None
    assert code_normalise("7KQ2-M9XD-0AB1-CDEF-GHJK-MNPQ-RU") is None  # U is not a digit
    assert code_normalise("") is None
