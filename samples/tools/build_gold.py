#!/usr/bin/env python3
"""Builds samples/gold/*.jsonl (parley.claim/1) from the hand annotations in gold_spec.py.

Evidence is given in the spec as (first words, last words) of a sentence; this script finds the
unique occurrence in the document text exactly as Parley reads it (the whole file for a .txt, the
`text` field for a JSONL record), turns it into Java String offsets (the texts are ASCII, so
Python and Java indices agree), fills the record's `text`, `doc`, `reported` and defaults, checks
every record (schema, quotes inside their evidence, evidence inside the body, sorted regions) and
writes one gold file per document. Run from anywhere:

    python3 samples/tools/build_gold.py          # rebuild samples/gold/
    python3 samples/tools/build_gold.py --check  # verify samples/gold/ is up to date, write nothing
"""

import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gold_spec import SPEC  # noqa: E402

SAMPLES = pathlib.Path(__file__).resolve().parent.parent
ARTICLES = SAMPLES / "articles"
GOLD = SAMPLES / "gold"
SCHEMA = SAMPLES.parent.parent / "shared" / "contract" / "claims.schema.json"
HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[^\n]*(\n|\Z)")
ORDER = ["schema", "doc", "kind", "holder", "agent", "addressee", "provision", "regions", "measure",
         "quote", "participants", "place", "valid_time", "attribution", "status", "evidence", "text",
         "reported"]
SQ_MI = 2.589988


def documents():
    """doc id -> (text, body start, reported date) for every sample the gold covers."""
    docs = {}
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = HEADER.match(text)
        assert m, f"{path.name}: no ' date YYYY-MM-DD' header"
        docs[path.stem] = (text, m.end(), m.group(1))
    for path in sorted(ARTICLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            docs[rec["id"]] = (rec["text"], 0, rec["date"][:10])
    for doc, (text, _, _) in docs.items():
        bad = [c for c in text if ord(c) > 127]
        assert not bad, f"{doc}: non-ASCII characters {bad[:5]} would break offset parity with Java"
    return docs


def locate(doc, text, body, first, last):
    starts = [m.start() for m in re.finditer(re.escape(first), text)]
    assert len(starts) == 1, f"{doc}: {first!r} occurs {len(starts)} times"
    start = starts[0]
    end = text.find(last, start)
    assert end >= 0, f"{doc}: {last!r} not found after {first!r}"
    end += len(last)
    assert start >= body, f"{doc}: evidence {first!r} lies in the header"
    assert "\n" not in text[start:end], f"{doc}: evidence {first!r} runs over a paragraph break"
    return start, end


def build(doc, spec, text, body, reported):
    rec = {"schema": "parley.claim/1", "doc": doc}
    rec.update({k: v for k, v in spec.items() if k not in ("ev", "quote_parts", "sq_mi")})
    rec.setdefault("status", "asserted")
    rec.setdefault("attribution", {"via": [], "source": None, "named": True})
    if "sq_mi" in spec:
        rec.setdefault("measure", {})["area_km2"] = round(spec["sq_mi"] * SQ_MI, 1)
    spans = [locate(doc, text, body, a, b) for a, b in spec["ev"]]
    rec["evidence"] = [{"start": s, "end": e} for s, e in spans]
    rec["text"] = " \u2026 ".join(text[s:e] for s, e in spans)
    rec["reported"] = reported
    if "quote_parts" in spec:
        for part in spec["quote_parts"]:
            assert part in rec["text"], f"{doc}: quote part {part!r} not in its evidence"
        rec["quote"] = " ".join(spec["quote_parts"])
    for key in ("regions",):
        if rec.get(key):
            rec[key] = sorted(rec[key])
    prov = rec.get("provision")
    if prov and prov.get("regions"):
        prov["regions"] = sorted(prov["regions"])
    if rec.get("participants"):
        rec["participants"] = sorted(rec["participants"])
    return {k: rec[k] for k in ORDER if k in rec} | {k: v for k, v in rec.items() if k not in ORDER}


def check_record(rec, validator):
    kind = rec["kind"]
    need = {"demand": ["holder", "provision"], "offer": ["holder", "provision"],
            "rejection": ["holder", "provision"], "control": ["holder", "regions", "measure"],
            "statement": ["quote"], "meeting": ["participants"]}[kind]
    for field in need:
        assert rec.get(field), f"{rec['doc']}: {kind} without {field}"
    if kind == "statement":
        assert rec.get("holder") or rec.get("agent"), f"{rec['doc']}: statement without speaker"
    if kind == "control":
        m = rec["measure"]
        if m["approx"] == "all":
            assert m.get("share") == 1.0, f"{rec['doc']}: approx all without share 1"
    if validator is not None:
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, f"{rec['doc']}: {errors[0].message}"


def main():
    check_only = "--check" in sys.argv
    docs = documents()
    try:
        import jsonschema
        validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    except (ImportError, FileNotFoundError):
        validator = None
        print("note: jsonschema or the shared schema is missing; structural checks only")
    missing = set(SPEC) ^ set(docs)
    assert not missing, f"spec and documents differ: {sorted(missing)}"
    counts, stale = {}, []
    for doc in sorted(SPEC):
        text, body, reported = docs[doc]
        recs = [build(doc, s, text, body, reported) for s in SPEC[doc]]
        for rec in recs:
            check_record(rec, validator)
            counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        path = GOLD / f"{doc}.jsonl"
        if check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != out:
                stale.append(path.name)
        else:
            path.write_text(out, encoding="utf-8")
    total = sum(counts.values())
    print(f"{len(SPEC)} documents, {total} records: "
          + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    if stale:
        print("stale gold files: " + ", ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    main()
