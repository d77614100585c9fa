"""Numbers written with Chinese digits: the one parser every stage uses.

Years are written digit by digit (二〇二三, 2023, ２０２３, and the sloppy 二0二三 or 二O二三);
months and days with 十 (十一, 二十三, 三十). A character that is not a digit makes the whole
string no number: it is never read as some digit, so no date is ever invented from it.
"""

from __future__ import annotations

# Each digit as written: Chinese (with 两 and the zero forms 〇 ○ 零, and the letters O/Ｏ that
# pages type for 〇), Arabic and full-width.
DIGITS: dict[str, int] = {
    **{c: 0 for c in "〇○零OＯ"},
    **{c: i for i, c in enumerate("一二三四五六七八九", start=1)},
    "两": 2,
    **{str(i): i for i in range(10)},
    **{chr(ord("０") + i): i for i in range(10)},
}
TEN = "十"


def cn_number(s: str) -> int | None:
    """'2023', '２０２３', '二〇二三', '十一', '二十三', '三十' -> int; None when `s` is no number.

    With 十: at most one digit before it (none means one ten) and at most one after it. Without:
    every character is a digit, read one after the other.
    """
    s = s.strip()
    if not s:
        return None
    if TEN in s:
        tens, _, ones = s.partition(TEN)
        t = DIGITS.get(tens) if tens else 1
        o = DIGITS.get(ones) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    value = 0
    for c in s:
        d = DIGITS.get(c)
        if d is None:
            return None
        value = value * 10 + d
    return value


def cn_numeral(n: int) -> str:
    """1..99 written with Chinese digits as in a name (14 -> 十四, 38 -> 三十八, 10 -> 十)."""
    if not 0 < n < 100:
        raise ValueError(f"{n}: only 1..99")
    digits = "〇一二三四五六七八九"
    tens, ones = divmod(n, 10)
    if not tens:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + TEN + (digits[ones] if ones else "")
