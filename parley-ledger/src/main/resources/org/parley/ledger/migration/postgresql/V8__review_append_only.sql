-- review is append-only like every other table.
CREATE TRIGGER review_no_change BEFORE UPDATE OR DELETE ON review
  FOR EACH ROW EXECUTE FUNCTION parley_refuse_change();
CREATE TRIGGER review_no_truncate BEFORE TRUNCATE ON review
  FOR EACH STATEMENT EXECUTE FUNCTION parley_refuse_change();
