"""Who may write corrections: reviewers and their password hashes.

Reviewers come from a reviewers file (TRACKER_REVIEWERS_FILE, default reviewers.txt beside the
database) and from the variable TRACKER_REVIEWERS; the callers read those settings and pass them
in. One `name:hash` per line (`;` also separates entries), `#` starts a comment. A hash is
`scrypt$N$r$p$salt$key` (hashlib.scrypt from the standard library, a memory-hard slow hash:
N=2^15, r=8 costs 32 MiB and about 0.1 s per try). Passwords are never stored.
`python -m etl corrections add-reviewer NAME` writes a line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from etl.errors import TrackerError

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
NAME_MAX = 40
NAME_PUNCTUATION = "_.-"
MIN_PASSWORD = 10


class ReviewerConfigError(TrackerError):
    """A reviewers file or variable that cannot be read as name:hash entries."""

    exit_code = 2


@dataclass(frozen=True)
class Reviewer:
    name: str
    password_hash: str
    source: str  # the file or variable it came from

    def fingerprint(self) -> str:
        """Changes when the reviewer's hash changes (a session of an old password ends)."""
        return hashlib.sha256(self.password_hash.encode()).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _maxmem(n: int, r: int, p: int) -> int:
    return 128 * r * (n + p + 2) + (1 << 20)


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P,
                  salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$key` for a password (a new random salt each time)."""
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                         dklen=KEY_BYTES, maxmem=_maxmem(n, r, p))
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(key)}"


def check_hash_format(encoded: str) -> None:
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise ReviewerConfigError("not a scrypt hash (scrypt$N$r$p$salt$key); make one with "
                                  "`python -m etl corrections add-reviewer NAME`")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        base64.b64decode(parts[4], validate=True)
        base64.b64decode(parts[5], validate=True)
    except ValueError as exc:
        raise ReviewerConfigError(f"malformed scrypt hash: {exc}") from exc
    if n < 2**14 or n & (n - 1) or r < 8 or p < 1:
        raise ReviewerConfigError("scrypt parameters too weak (need N >= 2^14, a power of 2, "
                                  "r >= 8, p >= 1)")


def verify_password(password: str, encoded: str) -> bool:
    """True when the password matches the hash (constant-time comparison)."""
    try:
        _, n, r, p, salt, key = encoded.split("$")
        expected = base64.b64decode(key)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                             r=int(r), p=int(p), dklen=len(expected),
                             maxmem=_maxmem(int(n), int(r), int(p)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@cache
def _dummy_hash() -> str:
    """A hash checked for unknown names, so an unknown name takes as long as a known one."""
    return hash_password(secrets.token_hex(8))


def valid_name(name: str) -> bool:
    """1-40 letters, digits and _ . - (a name is written into a file of name:hash lines)."""
    return 0 < len(name) <= NAME_MAX and all(c.isalnum() or c in NAME_PUNCTUATION for c in name)


def parse_reviewers(text: str, source: str) -> dict[str, Reviewer]:
    out: dict[str, Reviewer] = {}
    for n, line in enumerate(text.replace(";", "\n").split("\n"), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, encoded = line.partition(":")
        name, encoded = name.strip(), encoded.strip()
        if not sep or not valid_name(name):
            raise ReviewerConfigError(f"{source}: entry {n}: expected name:scrypt$… "
                                      "(a name of letters, digits, _ . -)")
        try:
            check_hash_format(encoded)
        except ReviewerConfigError as exc:
            raise ReviewerConfigError(f"{source}: entry {n} ({name}): {exc}") from exc
        out[name] = Reviewer(name, encoded, source)
    return out


def reviewers_file(db_path: str | Path, configured: Path | None = None) -> Path:
    """The reviewers file: the configured one (TRACKER_REVIEWERS_FILE), else reviewers.txt
    beside the database."""
    return Path(configured) if configured else Path(db_path).with_name("reviewers.txt")


def load_reviewers(path: Path, inline: str = "") -> dict[str, Reviewer]:
    """Every configured reviewer: the file's (if it exists), then the inline entries'
    (TRACKER_REVIEWERS, which win on a name)."""
    out: dict[str, Reviewer] = {}
    if path.is_file():
        out.update(parse_reviewers(path.read_text(encoding="utf-8"), str(path)))
    if inline.strip():
        out.update(parse_reviewers(inline, "TRACKER_REVIEWERS"))
    return out


def check_credentials(reviewers: dict[str, Reviewer], name: str, password: str
                      ) -> Reviewer | None:
    """The reviewer when name and password match; None otherwise (same cost either way)."""
    reviewer = reviewers.get(name.strip())
    ok = verify_password(password, reviewer.password_hash if reviewer else _dummy_hash())
    return reviewer if ok and reviewer is not None else None


def add_reviewer(path: Path, name: str, password: str) -> None:
    """Write (or replace) a reviewer's line in a reviewers file (mode 0600)."""
    if not valid_name(name):
        raise ReviewerConfigError("a reviewer name is 1-40 letters, digits, _ . -")
    if len(password) < MIN_PASSWORD:
        raise ReviewerConfigError(f"a password has at least {MIN_PASSWORD} characters")
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else [
        "# Reviewers of the tracker: name:scrypt-hash, one per line "
        "(python -m etl corrections add-reviewer NAME)"]
    lines = [ln for ln in lines if ln.split("#", 1)[0].partition(":")[0].strip() != name]
    lines.append(f"{name}:{hash_password(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
