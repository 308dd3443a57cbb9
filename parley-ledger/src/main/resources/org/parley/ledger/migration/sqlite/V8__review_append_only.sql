-- review is append-only like every other table.
CREATE TRIGGER review_no_update BEFORE UPDATE ON review
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE on review refused');
END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
BEGIN
  SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on review refused');
END;
