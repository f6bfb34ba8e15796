#!/usr/bin/env python3
"""Writes N screening requests whose history is free text as people type it: sentences of 5-20
words built from fragments (phone style, misspellings, negation, past, several items, other
people), deterministic (fixed seed). For the free-text throughput figure of issue 9.

Usage: bench/screening/generate_freetext.py [N] > freetext.jsonl
"""
import json
import random
import sys

OPENERS = ["", "um ", "hi so ", "ok so ", "well ", "just ", "tbh ", "so basically "]
CONDITIONS = ["type 2 diabetes", "diabeties type one", "high blood pressure", "asthma", "hayfever", "epilepsey",
              "underactive thyroid", "a stroke", "breast cancer", "heart failure", "migraines", "eczema",
              "fatty liver", "lupus", "psoriasis", "chronic hives", "cold sores", "acne"]
MEDS = ["xarelto 20mg", "xeralto", "eliquis 5mg twice a day", "wafarin 3mg", "baby aspirin", "ibuprofin",
        "nurofen", "omega 3 caps", "vit d", "multivits", "levothyroxine 50", "metformin 1g bd", "amlodipine 5",
        "atorvastatin 20", "sertraline", "the pill", "roaccutane", "prednisolone", "lansoprazole", "paracetamol"]
TIMES = ["last week", "3 weeks ago", "in 2019", "years ago", "since march", "2 days ago", "at 16", "last year"]
PEOPLE = ["my mum", "my dad", "my sister", "my husband"]
FILL = ["and", "also", "plus", "n", "but", "otherwise fine", "thats it", "nothing else", "i think", "pls"]


def condition_text(rng):
    parts = [rng.choice(OPENERS) + rng.choice(["i have ", "had ", "history of ", "", "no ", "not "]) + rng.choice(CONDITIONS)]
    for _ in range(rng.randint(0, 3)):
        kind = rng.random()
        if kind < 0.3:
            parts.append(rng.choice(FILL) + " " + rng.choice(CONDITIONS))
        elif kind < 0.55:
            parts.append(rng.choice(TIMES))
        elif kind < 0.8:
            parts.append(rng.choice(PEOPLE) + " has " + rng.choice(CONDITIONS))
        else:
            parts.append(rng.choice(["well controlled", "fully recovered now", "on tablets", "otherwise healthy"]))
    return ", ".join(parts)


def medication_text(rng):
    parts = [rng.choice(OPENERS) + rng.choice(["on ", "taking ", "stopped ", "", "no "]) + rng.choice(MEDS)]
    for _ in range(rng.randint(1, 4)):
        parts.append(rng.choice(["and ", "+ ", "n ", "also ", ""]) + rng.choice(MEDS) + rng.choice(["", " " + rng.choice(TIMES)]))
    return ", ".join(parts)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    rng = random.Random(20261207)
    out = sys.stdout
    for i in range(count):
        request = {
            "id": f"f{i}",
            "date": "2026-11-22",
            "patient": {"birthDate": "1988-04-12", "sex": "female", "previousMesotherapy": rng.random() < 0.5},
            "conditions": [condition_text(rng)],
            "allergies": [rng.choice(["none", "lidocaine", "penicillin n latex", "nka", "allergic to lidocain", "hayfever"])],
            "medications": [medication_text(rng)],
            "habits": {"smoker": False, "alcohol": False},
            "plan": {"indication": "facial-rejuvenation", "areas": ["face"], "substances": ["hyaluronic-acid", "vitamin-c"],
                     "anesthetic": None, "technique": "nappage", "depthMm": 1.5, "combinedWith": []},
        }
        out.write(json.dumps(request) + "\n")


if __name__ == "__main__":
    main()
