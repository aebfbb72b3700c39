"""Alembic environment for the review database: runs on the connection docscan hands it.

docscan runs the migrations itself when it opens the database (`store.upgrade`), so there is
no alembic.ini: the connection comes in `config.attributes["connection"]`.
"""

from alembic import context

from docscan.review.store import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
