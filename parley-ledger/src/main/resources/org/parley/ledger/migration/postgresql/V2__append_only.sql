-- The ledger is append-only: refuse UPDATE, DELETE and TRUNCATE on every table (PostgreSQL triggers).
CREATE FUNCTION parley_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER document_no_change BEFORE UPDATE OR DELETE ON document
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER document_no_truncate BEFORE TRUNCATE ON document
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER extraction_no_change BEFORE UPDATE OR DELETE ON extraction
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER extraction_no_truncate BEFORE TRUNCATE ON extraction
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER supersession_no_change BEFORE UPDATE OR DELETE ON supersession
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER supersession_no_truncate BEFORE TRUNCATE ON supersession
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_no_change BEFORE UPDATE OR DELETE ON claim
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_no_truncate BEFORE TRUNCATE ON claim
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_party_no_change BEFORE UPDATE OR DELETE ON claim_party
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_party_no_truncate BEFORE TRUNCATE ON claim_party
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_region_no_change BEFORE UPDATE OR DELETE ON claim_region
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_region_no_truncate BEFORE TRUNCATE ON claim_region
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
