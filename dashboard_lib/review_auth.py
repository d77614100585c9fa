"""Who may write corrections from the dashboard: reviewer sign-in, sessions, rate limiting.

- Viewers read. Every write function of dashboard_lib/review.py takes a `ReviewerSession`, which
  only `require()` hands out: it reads the server-side session state, so no request a browser
  sends (or replays) can carry a sign-in; a session of another browser tab is not shared.
- Reviewers and their scrypt hashes come from the reviewers file and variable of the settings
  (TRACKER_REVIEWERS_FILE, TRACKER_REVIEWERS; etl/corrections/reviewers.py parses them). A
  session ends after TRACKER_REVIEW_SESSION_MIN minutes, on sign-out, or as soon as the
  reviewer's entry is removed or its password changed.
- Failed sign-ins are counted per name and per client address: after
  TRACKER_REVIEW_MAX_FAILURES of them within TRACKER_REVIEW_LOCKOUT_MIN minutes, that name (or
  address) is refused until the window has passed. Each try costs one scrypt (~0.1 s).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from etl import settings
from etl.corrections.reviewers import (
    Reviewer,
    ReviewerConfigError,
    check_credentials,
    load_reviewers,
    reviewers_file,
)

LOGGER = logging.getLogger(__name__)
SESSION_KEY = "_review_session"  # a server-side session_state entry; no widget has this key


class SignInError(Exception):
    """A sign-in that did not succeed; the message is for the person signing in."""


class NotSignedIn(Exception):
    """A write without a valid reviewer session."""


@dataclass(frozen=True)
class ReviewerSession:
    name: str
    fingerprint: str  # of the reviewer's password hash when they signed in
    signed_in_at: float  # time.time()
    expires_at: float


class SignInGuard:
    """Failed sign-ins per key (a name, a client address) in a sliding window; thread-safe,
    shared by every session of the server process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}

    @staticmethod
    def limits() -> tuple[int, float]:
        return (settings.get_int("review_max_failures"),
                60.0 * float(settings.get("review_lockout_min")))

    def _recent(self, key: str, window: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        now = self._clock()
        while q and now - q[0] > window:
            q.popleft()
        return q

    def wait_seconds(self, *keys: str) -> float:
        """Seconds until these keys may try again (0: now)."""
        max_failures, window = self.limits()
        with self._lock:
            waits = [0.0]
            for key in keys:
                q = self._recent(key, window)
                if len(q) >= max_failures:
                    waits.append(window - (self._clock() - q[0]))
            return max(waits)

    def failed(self, *keys: str) -> None:
        _, window = self.limits()
        with self._lock:
            for key in keys:
                self._recent(key, window).append(self._clock())

    def succeeded(self, name_key: str) -> None:
        with self._lock:
            self._failures.pop(name_key, None)


GUARD = SignInGuard()


def reviewers_path(db_path: Any) -> Any:
    """The reviewers file (TRACKER_REVIEWERS_FILE, else reviewers.txt beside the database)."""
    return reviewers_file(db_path, settings.get("reviewers_file"))


def reviewers(db_path: Any) -> dict[str, Reviewer]:
    """The configured reviewers ({} when none; a broken file raises ReviewerConfigError)."""
    return load_reviewers(reviewers_path(db_path), settings.get("reviewers") or "")


def setup_hint(db_path: Any) -> str:
    """How to configure a reviewer, for the page when none is."""
    path = reviewers_path(db_path)
    return (f"python -m etl corrections add-reviewer NAME --db {db_path}\n"
            f"# writes NAME:scrypt-hash to {path}\n"
            "# or set TRACKER_REVIEWERS_FILE (a file of name:hash lines) or TRACKER_REVIEWERS")


def sign_in(state: MutableMapping[str, Any], db_path: Any, name: str, password: str, *,
            client: str = "?", guard: SignInGuard = GUARD) -> ReviewerSession:
    """Check the credentials (rate-limited) and store the session in `state`."""
    name = name.strip()
    name_key, client_key = f"name:{name.lower()}", f"client:{client}"
    wait = guard.wait_seconds(name_key, client_key)
    if wait > 0:
        minutes = int(wait // 60) + 1
        raise SignInError(f"登录失败次数过多，请 {minutes} 分钟后再试。 Too many failed sign-ins: "
                          f"try again in {minutes} min.")
    try:
        configured = reviewers(db_path)
    except ReviewerConfigError as exc:
        raise SignInError(f"审核人配置有误 The reviewers configuration is broken: {exc}") from exc
    reviewer = check_credentials(configured, name, password)
    if reviewer is None:
        guard.failed(name_key, client_key)
        LOGGER.warning("failed reviewer sign-in for %r from %s", name, client)
        raise SignInError("用户名或密码错误。 Wrong name or password.")
    guard.succeeded(name_key)
    now = time.time()
    session = ReviewerSession(reviewer.name, reviewer.fingerprint(), now,
                              now + 60.0 * float(settings.get("review_session_min")))
    state[SESSION_KEY] = session
    LOGGER.info("reviewer %s signed in from %s", reviewer.name, client)
    return session


def sign_out(state: MutableMapping[str, Any]) -> None:
    state.pop(SESSION_KEY, None)


def current(state: MutableMapping[str, Any], db_path: Any) -> ReviewerSession | None:
    """The valid session in `state`, if any (expired or revoked sessions are dropped)."""
    session = state.get(SESSION_KEY)
    if not isinstance(session, ReviewerSession):
        return None
    if time.time() >= session.expires_at:
        sign_out(state)
        state["_review_expired"] = True
        return None
    try:
        reviewer = reviewers(db_path).get(session.name)
    except ReviewerConfigError:
        reviewer = None
    if reviewer is None or reviewer.fingerprint() != session.fingerprint:
        sign_out(state)
        return None
    return session


def require(state: MutableMapping[str, Any], db_path: Any) -> ReviewerSession:
    """The session a write needs; NotSignedIn otherwise."""
    session = current(state, db_path)
    if session is None:
        raise NotSignedIn("需要审核员登录才能保存。 Sign in as a reviewer to save changes.")
    return session
