-- AUD-1: each entry carries the SHA-256 of the previous entry and its own (hex), computed by the
-- service over the RFC 8785 canonical JSON of the entry (see ChainHash). The first entry's
-- previous hash is 64 zeros. The ledger of the walking skeleton was never released, so the
-- columns are NOT NULL from the start (this migration fails on a ledger that already has rows).
ALTER TABLE ledger_entry
    ADD COLUMN previous_hash char(64) NOT NULL,
    ADD COLUMN hash          char(64) NOT NULL,
    ADD CONSTRAINT ledger_entry_hash_unique UNIQUE (hash);

-- AUD-5: a read of the ledger is an entry too; it comes from no Kafka topic.
ALTER TABLE ledger_entry
    ALTER COLUMN topic DROP NOT NULL,
    ALTER COLUMN kafka_partition DROP NOT NULL,
    ALTER COLUMN kafka_offset DROP NOT NULL;

-- AUD-4: queries by the purdah flag.
CREATE INDEX ledger_entry_purdah ON ledger_entry (inside_purdah, sequence);

-- AUD-2: the ledger is append-only for everyone who does not bypass triggers (only a superuser,
-- or the table's owner by disabling them, can). Statement-level, so even an UPDATE or DELETE that
-- matches no row is refused, and TRUNCATE with it.
CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit ledger is append-only: % is refused (AUD-2)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_is_append_only();

-- AUD-1: an insert must extend the chain at its head: a higher sequence, and the head's hash as
-- its previous hash. The trigger takes the same transaction-scoped advisory lock as the service
-- (AuditChain.LOCK) before it reads the head, so two writers can never both extend the same head.
CREATE FUNCTION ledger_entry_extends_the_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_sequence bigint;
    head_hash     char(64);
BEGIN
    PERFORM pg_advisory_xact_lock(8784001);
    SELECT sequence, hash INTO head_sequence, head_hash FROM ledger_entry ORDER BY sequence DESC LIMIT 1;
    IF head_sequence IS NULL THEN
        head_sequence := 0;
        head_hash := repeat('0', 64);
    END IF;
    IF NEW.sequence <= head_sequence OR NEW.previous_hash <> head_hash THEN
        RAISE EXCEPTION 'entry % does not extend the chain at its head, entry % (AUD-1)', NEW.sequence, head_sequence
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ledger_entry_chain
    BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_extends_the_chain();

-- AUD-2, privileges: nobody but the owner has any right on the ledger unless granted. In
-- production the service connects as audit_app (NOLOGIN here is the DBA's choice; see
-- docs/audit.md), which may only read and append; if that role exists when this runs, it gets
-- exactly that.
REVOKE ALL ON ledger_entry FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audit_app') THEN
        GRANT SELECT, INSERT ON ledger_entry TO audit_app;
        GRANT USAGE ON SEQUENCE ledger_entry_sequence_seq TO audit_app;
    END IF;
END
$$;
