"""A flag keeps what it says as a code with params (`message_reason`), beside the English text.

The review page and `docscan review show` write the flag's message in the adviser's language
from it (issue 14); `message` stays, in English, for flags recorded before and for programs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("flags", sa.Column("message_reason", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("flags", "message_reason")
