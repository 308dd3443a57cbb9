-- claim_region_party is append-only like every other table.
CREATE TRIGGER claim_region_party_no_update BEFORE UPDATE ON claim_region_party
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on claim_region_party refused');
END;
CREATE TRIGGER claim_region_party_no_delete BEFORE DELETE ON claim_region_party
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on claim_region_party refused');
END;
