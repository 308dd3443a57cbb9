-- The ledger is append-only: refuse UPDATE and DELETE on every table (SQLite triggers).
CREATE TRIGGER document_no_update BEFORE UPDATE ON document
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on document refused');
END;
CREATE TRIGGER document_no_delete BEFORE DELETE ON document
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on document refused');
END;
CREATE TRIGGER extraction_no_update BEFORE UPDATE ON extraction
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on extraction refused');
END;
CREATE TRIGGER extraction_no_delete BEFORE DELETE ON extraction
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on extraction refused');
END;
CREATE TRIGGER supersession_no_update BEFORE UPDATE ON supersession
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on supersession refused');
END;
CREATE TRIGGER supersession_no_delete BEFORE DELETE ON supersession
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on supersession refused');
END;
CREATE TRIGGER claim_no_update BEFORE UPDATE ON claim
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on claim refused');
END;
CREATE TRIGGER claim_no_delete BEFORE DELETE ON claim
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on claim refused');
END;
CREATE TRIGGER claim_party_no_update BEFORE UPDATE ON claim_party
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on claim_party refused');
END;
CREATE TRIGGER claim_party_no_delete BEFORE DELETE ON claim_party
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on claim_party refused');
END;
CREATE TRIGGER claim_region_no_update BEFORE UPDATE ON claim_region
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on claim_region refused');
END;
CREATE TRIGGER claim_region_no_delete BEFORE DELETE ON claim_region
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on claim_region refused');
END;
