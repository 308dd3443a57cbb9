-- claim_party_type is append-only like every other table.
CREATE TRIGGER claim_party_type_no_update BEFORE UPDATE ON claim_party_type
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on claim_party_type refused');
END;
CREATE TRIGGER claim_party_type_no_delete BEFORE DELETE ON claim_party_type
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on claim_party_type refused');
END;
