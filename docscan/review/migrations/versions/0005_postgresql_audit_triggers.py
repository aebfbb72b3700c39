"""PostgreSQL: the audit log refuses changes loudly, and a flag changes only with its audit entry.

0001 gave PostgreSQL two rules, `ON UPDATE / ON DELETE TO audit_log DO INSTEAD NOTHING`: an
attempt to rewrite history was silently dropped (nobody learnt of it), TRUNCATE was not covered,
and a flag's status could be changed with no audit entry at all, as on SQLite before 0003
(issue 13, item 18). The same guards as SQLite's, as triggers:

* UPDATE, DELETE or TRUNCATE of `audit_log` raises "the audit log is append-only";
* an UPDATE of a flag is refused unless it raises the version by one and the audit entry for
  that new version is already written (docscan writes it first, in the same transaction).

PostgreSQL has no REPLACE, and `INSERT ... ON CONFLICT DO UPDATE` fires the UPDATE triggers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: The trigger names `store.check_audit_guards` looks for on PostgreSQL.
TRIGGERS = ("audit_log_append_only", "audit_log_no_truncate", "flags_update_needs_audit")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP RULE IF EXISTS audit_log_no_update ON audit_log")
    op.execute("DROP RULE IF EXISTS audit_log_no_delete ON audit_log")
    op.execute("""
        CREATE FUNCTION docscan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only';
        END $$""")
    op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
               "FOR EACH ROW EXECUTE FUNCTION docscan_audit_append_only()")
    op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
               "FOR EACH STATEMENT EXECUTE FUNCTION docscan_audit_append_only()")
    op.execute("""
        CREATE FUNCTION docscan_flag_update_needs_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.version IS DISTINCT FROM OLD.version + 1 OR NOT EXISTS (
                SELECT 1 FROM audit_log
                WHERE flag_id = NEW.id AND (after::jsonb ->> 'version')::integer = NEW.version) THEN
                RAISE EXCEPTION 'a review item changes only with its audit entry (docscan review decide)';
            END IF;
            RETURN NEW;
        END $$""")
    op.execute("CREATE TRIGGER flags_update_needs_audit BEFORE UPDATE ON flags "
               "FOR EACH ROW EXECUTE FUNCTION docscan_flag_update_needs_audit()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS flags_update_needs_audit ON flags")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS docscan_flag_update_needs_audit()")
    op.execute("DROP FUNCTION IF EXISTS docscan_audit_append_only()")
    op.execute("CREATE RULE audit_log_no_update AS ON UPDATE TO audit_log DO INSTEAD NOTHING")
    op.execute("CREATE RULE audit_log_no_delete AS ON DELETE TO audit_log DO INSTEAD NOTHING")
