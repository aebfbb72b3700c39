"""The sign-in guard's counts: failed adviser sign-ins per (hashed) client and per server.

They used to live in the review page's `st.cache_resource`, which any websocket client can
empty with Streamlit's "clear cache" message (issue 13).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_guard",
        sa.Column("scope", sa.String(64), primary_key=True),
        sa.Column("failures", sa.JSON, nullable=False),
        sa.Column("locked_until", sa.Float, nullable=False),
        sa.Column("lockouts", sa.Integer, nullable=False))


def downgrade() -> None:
    op.drop_table("sign_in_guard")
