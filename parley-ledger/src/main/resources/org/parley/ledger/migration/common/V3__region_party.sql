-- Each region a claim concerns paired with each party it concerns, so that "this party's claims on
-- this region, newest first" is one walk of one index instead of a scan of the region's claims for
-- the party's (a rare party on a busy region read thousands of rows). Filled for the claims already
-- recorded; appends write it beside claim_party and claim_region.
CREATE TABLE claim_region_party (
  region     TEXT    NOT NULL,
  actor      TEXT    NOT NULL,
  claim_id   BIGINT  NOT NULL,
  valid_from INTEGER NOT NULL,
  PRIMARY KEY (region, actor, claim_id)
);
CREATE INDEX claim_region_party_by_valid ON claim_region_party (region, actor, valid_from, claim_id);
INSERT INTO claim_region_party (region, actor, claim_id, valid_from)
  SELECT r.region, p.actor, r.claim_id, r.valid_from
  FROM claim_region r JOIN claim_party p ON p.claim_id = r.claim_id;
