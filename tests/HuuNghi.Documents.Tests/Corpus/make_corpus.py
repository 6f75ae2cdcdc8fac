#!/usr/bin/env python3
"""Writes the parser's own corpus: every document below is made up for this project (units, people,
numbers and dates are invented; only the layouts follow Decree 30/2020 and Guidance 36-HD/VPTW).

Each entry states the facts of one file by hand; the script prints them in the entry's layout (text
file) and writes the same facts as the gold (contract shape). The gold never comes from the parser.
Run: python3 make_corpus.py   (rewrites *.txt and gold/*.json beside it)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
DOCS = []


def doc(**kw):
    DOCS.append(kw)


def date_line(place, d, m, y):
    return f"{place}, ngày {d} tháng {m} năm {y}"


def iso(d, m, y):
    return f"{y:04d}-{m:02d}-{d:02d}"


def cite(kind, ref, on=None, issuer=None):
    return {"kind": kind, "reference": ref, "issuedOn": on, "issuer": issuer}


def signer_lines(s):
    return s["authority"] + ([s["position"]] if s.get("position") else []) + ["", s["name"]]


def render(e):
    """The text of one document in its layout."""
    lay = e.get("layout", "state")
    out = []
    d, m, y = e["date"] if e.get("date") else (None, None, None)
    dl = e.get("date_text") or (date_line(e["place"], d, m, y) if e.get("date") else "")
    num = "Số: " + e["reference"] if e.get("reference") is not None else "Số:     "
    if lay in ("party", "party-pipes"):
        num = "Số " + e["reference"]
    head = e.get("head", [])
    if lay == "state":
        out += head + [""] + MOTTO + [""] + [num, dl, ""]
    elif lay == "state-v":  # a dispatch: number and V/v under the issuer, motto and date to the right
        out += head + [num] + ["V/v " + e["vv"][0]] + e["vv"][1:] + [""] + MOTTO + [dl, ""]
    elif lay == "party":
        out += head + ["*", num, "", PARTY, "", dl, ""]
    elif lay == "pipes":  # copied from a website: the two header cells joined with "|"
        out += e.get("nav", [])
        out += [f"{head[0]} | {MOTTO[0]}", f"{' '.join(head[1:])} | {MOTTO[1]}", f"{num} | {dl}", ""]
    elif lay == "party-pipes":
        out += e.get("nav", [])
        out += [f"{head[0]} | {PARTY}", f"{' '.join(head[1:])} |", "*", f"{num}    {dl}", ""]
    elif lay == "raw":
        out += e["raw_head"]
    if e.get("draft"):
        out.append("DỰ THẢO")
    if e.get("kind_word"):
        out.append(e["kind_word"])
    if e.get("title_lines"):
        out += e["title_lines"]
    out.append("")
    if e.get("addr"):
        out += e["addr_lines"] if e.get("addr_lines") else ["Kính gửi:"] + [f"- {a};" for a in e["addr"][:-1]] + [f"- {e['addr'][-1]}."]
        out.append("")
    for p in e["body"]:
        out += [p, ""]
    sig = signer_lines(e["signer"]) if e.get("signer") else []
    dist = (e["dist_lines"] if e.get("dist_lines") else
            ["Nơi nhận:"] + [f"- {x};" for x in e["dist"][:-1]] + [f"- {e['dist'][-1]}."]) if e.get("dist") else []
    if e.get("dist_first"):
        out += dist + [""] + sig
    else:
        out += sig + [""] + dist
    for extra in e.get("after", []):
        out += [""] + extra
    text = "\n".join(out) + "\n"
    for a, b in e.get("glue", []):
        text = text.replace(a, b)
    return text


def gold(e):
    d = e.get("date")
    g = {
        "kind": e["kind"],
        "number": e.get("number"),
        "symbol": e.get("symbol"),
        "reference": e.get("reference"),
        "issuedOn": e.get("issuedOn", iso(*d) if d else None),
        "place": e.get("place"),
        "issuer": e["issuer"],
        "title": e["title"],
        "addressees": e.get("addr", []),
        "distribution": e.get("dist", []),
        "signer": e.get("signer"),
        "citations": e.get("cites", []),
        "deadlines": e.get("deadlines", []),
        "signatures": [],
        "receipt": None,
    }
    return g


def attached(kind, issuer, title):
    """An attached regulation or programme: its own document in the bundle, with no number or date."""
    return {"kind": kind, "number": None, "symbol": None, "reference": None, "issuedOn": None, "place": None,
            "issuer": issuer, "title": title, "citations": []}


def main():
    import corpus_entries  # noqa: F401  (fills DOCS)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for e in DOCS:
        name = e["name"] + ".txt"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(render(e))
        documents = [gold(e)] + e.get("more", [])
        with open(os.path.join(HERE, "gold", e["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"file": name, "documents": documents}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(f"{len(DOCS)} documents")


if __name__ == "__main__":
    import sys
    sys.modules["make_corpus"] = sys.modules[__name__]
    main()
