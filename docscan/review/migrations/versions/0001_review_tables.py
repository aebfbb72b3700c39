"""The review tables: runs, workers, files, flags, page evidence, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(255), nullable=False),
        sa.Column("today", sa.String(10), nullable=False),
        sa.Column("recorded_by", sa.String(255), nullable=False))
    op.create_table(
        "workers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False, index=True),
        sa.Column("worker_key", sa.String(255), nullable=False),
        sa.Column("name", sa.String(255)),
        sa.Column("permit", sa.String(64), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("report", sa.JSON, nullable=False))
    op.create_table(
        "files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("worker_id", sa.Integer, sa.ForeignKey("workers.id"), nullable=False, index=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16)),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("doc_type", sa.String(64), nullable=False))
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("worker_id", sa.Integer, sa.ForeignKey("workers.id"), nullable=False, index=True),
        sa.Column("file_id", sa.Integer, sa.ForeignKey("files.id")),
        sa.Column("page", sa.Integer),
        sa.Column("requirement_id", sa.String(64)),
        sa.Column("reason", sa.String(32), nullable=False, index=True),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("doc_type", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("decided_type", sa.String(64)),
        sa.Column("reject_message", sa.Text),
        sa.Column("comment", sa.Text),
        sa.Column("decided_by", sa.String(255)),
        sa.Column("decided_at", sa.DateTime),
        sa.Column("version", sa.Integer, nullable=False))
    op.create_table(
        "page_evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("flag_id", sa.Integer, sa.ForeignKey("flags.id"), nullable=False, index=True),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("image_png", sa.LargeBinary),
        sa.Column("heatmap_png", sa.LargeBinary),
        sa.Column("text", sa.Text),
        sa.Column("highlights", sa.JSON, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False, index=True))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("flag_id", sa.Integer, index=True),
        sa.Column("worker_id", sa.Integer),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("comment", sa.Text))
    # Append-only audit log, enforced by the database where it can be done portably.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
        op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE RULE audit_log_no_update AS ON UPDATE TO audit_log DO INSTEAD NOTHING")
        op.execute("CREATE RULE audit_log_no_delete AS ON DELETE TO audit_log DO INSTEAD NOTHING")


def downgrade() -> None:
    for table in ("audit_log", "page_evidence", "flags", "files", "workers", "runs"):
        op.drop_table(table)
