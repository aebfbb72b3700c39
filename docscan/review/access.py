"""Who may open the review queue: an adviser password (hashed) with rate-limited attempts.

The queue holds other people's passports and criminal records, so the review page asks for
sign-in: Streamlit's OIDC sign-in (`st.login`) when `[auth]` is configured in
`.streamlit/secrets.toml`, otherwise the adviser password whose *hash* is stored there:

    [review]
    password_hash = "pbkdf2_sha256$600000$<salt>$<hash>"

`docscan review set-password` prints that line. The hash is PBKDF2-SHA256 with 600,000
iterations (OWASP's 2023 figure for it), compared in constant time.

Wrong passwords are counted in two scopes, each locked for a time that doubles with each
lock-out: one per client (its address and the adviser name it gives), locked after
`MAX_FAILURES` failures within `WINDOW_SECONDS`, and one for the whole server, locked after
`MAX_SERVER_FAILURES`. The first stops a guesser at five tries without locking out the other
advisers (five wrong guesses used to lock out everyone); the second bounds guessing by a
client that changes its name at every try. The counts live in the review database
(`DatabaseGuardStore`), never in a Streamlit cache: any websocket client can send Streamlit's
"clear cache" message, which emptied the old per-server count. A failure is counted *before*
the password is checked and forgiven after a success, so parallel attempts cannot slip past
the limit while the slow hash is computed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
MAX_FAILURES = 5
#: Failures from all clients together before every sign-in is refused for a while: ten
#: guessers' worth, so a single one (limited to five) never locks the others out.
MAX_SERVER_FAILURES = 50
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
class ScopeState:
    """Failed attempts of one scope (a client, or the whole server), and its lock-out."""

    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0
    lockouts: int = 0


class MemoryGuardStore:
    """Scope states in this process's memory: for tests and for a single command."""

    def __init__(self) -> None:
        self._states: dict[str, ScopeState] = {}
        self._lock = threading.Lock()

    @contextmanager
    def states(self, scopes: Sequence[str]) -> Iterator[dict[str, ScopeState]]:
        """The scopes' states, to read and change; changes are kept when the block ends."""
        with self._lock:
            yield {scope: self._states.setdefault(scope, ScopeState()) for scope in scopes}


SERVER_SCOPE = "server"


def client_scope(address: str | None, adviser: str) -> str:
    """The scope of one client: a hash of its address and the name it signs in with.

    Hashed so the database keeps no address or name for it; the name is case-folded so that
    "ann" and "Ann" are one guesser.
    """
    key = f"{address or '-'}\0{adviser.strip().casefold()}".encode("utf-8", "surrogatepass")
    return "client:" + hashlib.sha256(key).hexdigest()[:32]


@dataclass
class SignInGuard:
    """Counts failed sign-ins and says how long sign-in stays refused, per client and per server.

    `store` keeps the counts (`DatabaseGuardStore` on the review page, so every server process
    and every session sees the same ones); `clock` is wall-clock seconds, shared by processes.
    """

    clock: Callable[[], float] = time.time
    store: MemoryGuardStore | Any = field(default_factory=MemoryGuardStore)

    def wait_seconds(self, client: str = "") -> float:
        """Seconds until `client`'s next attempt is allowed (0 when it is allowed now)."""
        with self.store.states(self._scopes(client)) as states:
            return max(0.0, max(s.locked_until for s in states.values()) - self.clock())

    def attempt(self, password: str, stored: str, client: str = "") -> bool:
        """Check a password unless locked out; a failure may start a lock-out."""
        scopes = self._scopes(client)
        with self.store.states(scopes) as states:
            now = self.clock()
            if any(now < s.locked_until for s in states.values()):
                return False
            for scope, state in states.items():  # counted first: see the module's docstring
                self._fail(state, now, MAX_SERVER_FAILURES if scope == SERVER_SCOPE else MAX_FAILURES)
        if not verify_password(password, stored):
            return False
        with self.store.states(scopes) as states:
            for scope, state in states.items():
                if now in state.failures:
                    state.failures.remove(now)
                if scope != SERVER_SCOPE:
                    state.failures.clear()
                    state.lockouts = 0
                    state.locked_until = 0.0
        return True

    @staticmethod
    def _scopes(client: str) -> tuple[str, ...]:
        return (client or "client:", SERVER_SCOPE)

    @staticmethod
    def _fail(state: ScopeState, now: float, limit: int) -> None:
        state.failures = [t for t in state.failures if now - t < WINDOW_SECONDS] + [now]
        if len(state.failures) >= limit:
            state.lockouts += 1
            state.locked_until = now + min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2 ** (state.lockouts - 1))
            state.failures.clear()


class DatabaseGuardStore:
    """Scope states in the review database (table `sign_in_guard`), shared by every process.

    Each use is one transaction that locks the rows it reads (SQLite: the whole database, as
    `ReviewStore` begins every transaction IMMEDIATE; PostgreSQL: `SELECT ... FOR UPDATE`), so
    two attempts at once are counted one after the other.
    """

    def __init__(self, review_store) -> None:
        self.review_store = review_store

    @contextmanager
    def states(self, scopes: Sequence[str]) -> Iterator[dict[str, ScopeState]]:
        from sqlalchemy import select

        from .store import SignInState

        with self.review_store.session() as session, session.begin():
            rows = {row.scope: row for row in session.scalars(
                select(SignInState).where(SignInState.scope.in_(list(scopes))).with_for_update())}
            states = {scope: ScopeState(list(rows[scope].failures or ()), rows[scope].locked_until, rows[scope].lockouts)
                      if scope in rows else ScopeState() for scope in scopes}
            yield states
            for scope, state in states.items():
                row = rows.get(scope) or SignInState(scope=scope)
                row.failures, row.locked_until, row.lockouts = list(state.failures), state.locked_until, state.lockouts
                session.add(row)
