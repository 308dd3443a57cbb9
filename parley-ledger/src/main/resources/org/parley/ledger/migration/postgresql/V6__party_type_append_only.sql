-- claim_party_type is append-only like every other table.
CREATE TRIGGER claim_party_type_no_change BEFORE UPDATE OR DELETE ON claim_party_type
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_party_type_no_truncate BEFORE TRUNCATE ON claim_party_type
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
