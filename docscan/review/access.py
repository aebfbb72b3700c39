"""Who may open the review queue: an adviser password (hashed) with rate-limited attempts.

The queue holds other people's passports and criminal records, so the review page asks for
sign-in: Streamlit's OIDC sign-in (`st.login`) when `[auth]` is configured in
`.streamlit/secrets.toml`, otherwise the adviser password whose *hash* is stored there:

    [review]
    password_hash = "pbkdf2_sha256$600000$<salt>$<hash>"

`docscan review set-password` prints that line. The hash is PBKDF2-SHA256 with 600,000
iterations (OWASP's 2023 figure for it), compared in constant time. Wrong passwords are
rate-limited per server: after `MAX_FAILURES` failures within `WINDOW_SECONDS`, sign-in is
refused for a lock-out that doubles with each further failure.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
import time
from dataclasses import dataclass, field

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
FIRST_LOCKOUT_SECONDS = 30
MAX_LOCKOUT_SECONDS = 15 * 60


def hash_password(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The stored form of a password: algorithm, iterations, salt and hash, `$`-separated."""
    if len(password) < 10:
        raise ValueError("an adviser password needs at least 10 characters")
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "$".join((ALGORITHM, str(iterations), _b64(salt), _b64(digest)))


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches the stored hash (False for a malformed hash, never an exception)."""
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, _unb64(digest))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class SignInGuard:
    """Counts failed sign-ins and says how long sign-in stays refused.

    One guard per server process (the review page keeps it in a cached resource), so opening
    a new browser session does not reset the count.
    """

    clock: callable = time.monotonic
    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0
    lockouts: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_seconds(self) -> float:
        """Seconds until the next attempt is allowed (0 when it is allowed now)."""
        with self._lock:
            return max(0.0, self.locked_until - self.clock())

    def attempt(self, password: str, stored: str) -> bool:
        """Check a password unless locked out; a failure may start a lock-out."""
        with self._lock:
            now = self.clock()
            if now < self.locked_until:
                return False
            if verify_password(password, stored):
                self.failures.clear()
                self.lockouts = 0
                return True
            self.failures = [t for t in self.failures if now - t < WINDOW_SECONDS] + [now]
            if len(self.failures) >= MAX_FAILURES:
                self.lockouts += 1
                self.locked_until = now + min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2 ** (self.lockouts - 1))
                self.failures.clear()
            return False
