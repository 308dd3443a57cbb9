-- claim_region_party is append-only like every other table.
CREATE TRIGGER claim_region_party_no_change BEFORE UPDATE OR DELETE ON claim_region_party
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER claim_region_party_no_truncate BEFORE TRUNCATE ON claim_region_party
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
