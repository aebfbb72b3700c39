"""The audit log cannot be bypassed: no REPLACE over its rows, no change to a flag without its entry.

0001's triggers refuse UPDATE and DELETE on `audit_log`, but SQLite's `REPLACE INTO` (and
`INSERT OR REPLACE`) deletes the row it replaces without firing DELETE triggers, and a flag's
status could be changed with no audit entry at all (issue 13). Now, on SQLite:

* an INSERT (of any kind) into `audit_log` or `flags` whose id is already taken is refused;
* an UPDATE of a flag is refused unless it raises the version by one and the audit entry for
  that new version is already written (docscan writes it first, in the same transaction).

PostgreSQL keeps 0001's rules; it has no REPLACE, and `INSERT ... ON CONFLICT` is refused on a
table with rules.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
               "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    op.execute("CREATE TRIGGER flags_no_replace BEFORE INSERT ON flags "
               "WHEN EXISTS (SELECT 1 FROM flags WHERE id = NEW.id) "
               "BEGIN SELECT RAISE(ABORT, 'a review item is changed by a decision, never replaced'); END")
    op.execute("CREATE TRIGGER flags_update_needs_audit BEFORE UPDATE ON flags "
               "WHEN NEW.version IS NOT OLD.version + 1 OR NOT EXISTS ("
               "SELECT 1 FROM audit_log WHERE flag_id = NEW.id AND json_extract(after, '$.version') = NEW.version) "
               "BEGIN SELECT RAISE(ABORT, 'a review item changes only with its audit entry (docscan review decide)'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("flags_update_needs_audit", "flags_no_replace", "audit_log_no_replace"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
