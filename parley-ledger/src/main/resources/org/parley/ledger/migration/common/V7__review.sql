-- A reviewer's decision on one claim: accept it, reject it, or correct fields of it. Append-only
-- like every table: a later review of the same claim wins from its recorded instant on. A review
-- names the entry reviewed and keeps the claim line as the reviewer saw it (target), so that it
-- still applies when a newer extractor re-reads the document and the claim gets a new entry id.
CREATE TABLE review (
  review_id   BIGINT NOT NULL PRIMARY KEY,
  claim_id    BIGINT NOT NULL,
  doc_id      TEXT   NOT NULL,
  decision    TEXT   NOT NULL,
  target      TEXT   NOT NULL,
  corrected   TEXT,
  changes     TEXT,
  reviewer    TEXT   NOT NULL,
  why         TEXT,
  recorded_us BIGINT NOT NULL
);
CREATE INDEX review_by_doc ON review (doc_id, recorded_us);
CREATE INDEX review_by_recorded ON review (recorded_us);
