"""The adviser's review: flagged documents, decisions that stick, and an audit trail.

* `store` — the database (SQLite by default, any SQLAlchemy URL through `DOCSCAN_DB`), its
  tables and Alembic migrations;
* `recording` — what `--record` keeps of a checked bundle: flags and the pages behind them;
* `decisions` — the queue, deciding an item (with optimistic locking), the verdict recomputed
  with the decisions, the audit log, retention purge.
"""
