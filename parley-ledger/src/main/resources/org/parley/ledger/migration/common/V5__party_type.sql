-- Each party a position concerns paired with the position's provision type, so that "this party's
-- positions on this issue, newest first" is one walk of one index (the claim table's type index
-- read every position of the type to find a rare party's). Filled for the claims already recorded.
CREATE TABLE claim_party_type (
  actor          TEXT    NOT NULL,
  provision_type TEXT    NOT NULL,
  claim_id       BIGINT  NOT NULL,
  valid_from     INTEGER NOT NULL,
  PRIMARY KEY (actor, provision_type, claim_id)
);
CREATE INDEX claim_party_type_by_valid
  ON claim_party_type (actor, provision_type, valid_from, claim_id);
INSERT INTO claim_party_type (actor, provision_type, claim_id, valid_from)
  SELECT p.actor, c.provision_type, p.claim_id, p.valid_from
  FROM claim_party p JOIN claim c ON c.claim_id = p.claim_id
  WHERE c.provision_type IS NOT NULL;
