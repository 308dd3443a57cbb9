-- Parley's claim ledger: one schema for SQLite and PostgreSQL (portable types only).
-- Append-only: rows are inserted and never updated or deleted (V2 enforces it with triggers).
-- Recorded instants are microseconds since the epoch (BIGINT); days are epoch days (INTEGER).
-- Ids are allocated by the appending transaction under the ledger's writer lock (max + 1).

-- One version of a document's text (a new text under the same id is a new version).
CREATE TABLE document (
  doc_id        TEXT    NOT NULL,
  content_hash  TEXT    NOT NULL,
  published     INTEGER,
  outlet        TEXT,
  url           TEXT,
  title         TEXT,
  body_start    INTEGER NOT NULL,
  body_end      INTEGER NOT NULL,
  text          TEXT    NOT NULL,
  recorded_us   BIGINT  NOT NULL,
  PRIMARY KEY (doc_id, content_hash)
);
CREATE INDEX document_by_recorded ON document (recorded_us);

-- One claim set: a document's content read by one run (extractor + knowledge base versions).
-- source_hash is the document's content hash, or for imported claims a hash of the claim lines.
CREATE TABLE extraction (
  extraction_id BIGINT  NOT NULL PRIMARY KEY,
  doc_id        TEXT    NOT NULL,
  source_hash   TEXT    NOT NULL,
  has_document  INTEGER NOT NULL,
  extractor     TEXT    NOT NULL,
  kb            TEXT    NOT NULL,
  claim_count   INTEGER NOT NULL,
  recorded_us   BIGINT  NOT NULL,
  CONSTRAINT extraction_once UNIQUE (doc_id, source_hash, extractor, kb)
);
CREATE INDEX extraction_by_doc ON extraction (doc_id, extraction_id);
CREATE INDEX extraction_by_recorded ON extraction (recorded_us);

-- A claim set replaced by a later one of the same document, as of recorded_us.
CREATE TABLE supersession (
  superseded_id BIGINT NOT NULL PRIMARY KEY,
  superseded_by BIGINT NOT NULL,
  recorded_us   BIGINT NOT NULL
);

-- One claim: indexed columns derived from it, and its exact parley.claim/1 line.
CREATE TABLE claim (
  claim_id        BIGINT  NOT NULL PRIMARY KEY,
  extraction_id   BIGINT  NOT NULL,
  ordinal         INTEGER NOT NULL,
  doc_id          TEXT    NOT NULL,
  kind            TEXT    NOT NULL,
  holder          TEXT,
  agent           TEXT,
  provision_type  TEXT,
  polarity        TEXT,
  status          TEXT,
  valid_from      INTEGER NOT NULL,
  valid_to        INTEGER NOT NULL,
  valid_precision TEXT    NOT NULL,
  reported        INTEGER,
  outlet          TEXT,
  confidence      DOUBLE PRECISION,
  recorded_us     BIGINT  NOT NULL,
  json            TEXT    NOT NULL,
  CONSTRAINT claim_once UNIQUE (extraction_id, ordinal)
);
CREATE INDEX claim_by_valid ON claim (valid_from, claim_id);
CREATE INDEX claim_by_doc ON claim (doc_id, claim_id);
CREATE INDEX claim_by_kind ON claim (kind, valid_from, claim_id);
CREATE INDEX claim_by_type ON claim (provision_type, valid_from, claim_id);
CREATE INDEX claim_by_status ON claim (status, valid_from, claim_id);
CREATE INDEX claim_by_outlet ON claim (outlet, valid_from, claim_id);

-- The parties a claim concerns (holder, agent when a person id, meeting participants).
CREATE TABLE claim_party (
  actor      TEXT    NOT NULL,
  claim_id   BIGINT  NOT NULL,
  valid_from INTEGER NOT NULL,
  role       TEXT    NOT NULL,
  PRIMARY KEY (actor, claim_id)
);
CREATE INDEX claim_party_by_valid ON claim_party (actor, valid_from, claim_id);

-- The regions a claim concerns (a provision's regions, a control claim's regions).
CREATE TABLE claim_region (
  region     TEXT    NOT NULL,
  claim_id   BIGINT  NOT NULL,
  valid_from INTEGER NOT NULL,
  PRIMARY KEY (region, claim_id)
);
CREATE INDEX claim_region_by_valid ON claim_region (region, valid_from, claim_id);
