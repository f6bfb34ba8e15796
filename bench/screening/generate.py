#!/usr/bin/env python3
"""Writes N varied, realistic screening requests as JSON Lines (default 1,000,000).

Usage: bench/screening/generate.py [N] > screenings.jsonl
Deterministic (fixed seed) so that runs are comparable. About 1 in 200 lines is invalid on
purpose (bad date, absurd depth, not JSON), as real batches are.
"""
import json
import random
import sys

CONDITIONS = ["pregnancy", "Pregnant", "breastfeeding", "stroke", "type 2 diabetes", "insulin-dependent diabetes",
              "heart failure", "cancer", "in remission", "haemophilia", "chronic hives", "hepatitis", "herpes",
              "lupus", "transplant", "keloid-tendency", "allergy-history", "epilepsy", "thyroid-disease",
              "migraine", "something unusual"]
ALLERGIES = ["lidocaine", "local-anesthetics", "plant-extracts", "biotin", "penicillin", "latex", "nuts"]
MEDICATIONS = ["aspirin", "ASA 81 mg", "Coumadin", "Xarelto 20 mg", "Eliquis", "Plavix", "ibuprofen", "Advil",
               "omega-3", "ginkgo", "insulin", "Roaccutane", "prednisone", "methotrexate", "levothyroxine",
               "paracetamol", "metformin", "vitamin-e"]
PLANS = [
    ("hair-loss", ["scalp"], ["biotin", "dexpanthenol", "minoxidil", "finasteride", "zinc", "peptides"]),
    ("facial-rejuvenation", ["face", "neck"], ["hyaluronic-acid", "vitamin-c", "dmae", "amino-acids", "antioxidants"]),
    ("dark-circles", ["periorbital"], ["hyaluronic-acid", "peptides", "vitamin-c"]),
    ("cellulite", ["thighs", "buttocks"], ["caffeine", "l-carnitine", "artichoke-extract", "centella-asiatica"]),
    ("localized-fat", ["abdomen", "flanks"], ["phosphatidylcholine", "deoxycholate", "caffeine"]),
    ("double-chin", ["submental"], ["deoxycholate", "phosphatidylcholine"]),
    ("stretch-marks", ["abdomen", "thighs"], ["organic-silicon", "procollagen-peptide", "hyaluronic-acid"]),
]
TECHNIQUES = ["nappage", "papule", "point-by-point", "injector-gun", "needle-free"]
ANESTHETICS = [None, None, None, "lidocaine", "procaine"]
COMBINED = ["prp", "botulinum-toxin", "dermal-filler", "threads"]


def some(rng, items, most):
    return rng.sample(items, rng.randint(0, most))


def request(rng, number):
    indication, areas, substances = rng.choice(PLANS)
    year = rng.randint(1950, 2009)
    body = {
        "id": "case-%d" % number,
        "date": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "patient": {"birthDate": "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28)),
                    "sex": rng.choice(["female", "male"]), "previousMesotherapy": rng.random() < 0.5},
        "conditions": some(rng, CONDITIONS, 2) if rng.random() < 0.4 else [],
        "allergies": some(rng, ALLERGIES, 2) if rng.random() < 0.2 else [],
        "medications": some(rng, MEDICATIONS, 3) if rng.random() < 0.5 else [],
        "habits": {"smoker": rng.random() < 0.2, "alcohol": rng.random() < 0.3},
        "plan": {
            "indication": indication,
            "areas": some(rng, areas, len(areas)) or areas[:1],
            "substances": rng.sample(substances, rng.randint(1, min(3, len(substances)))),
            "anesthetic": rng.choice(ANESTHETICS),
            "technique": rng.choice(TECHNIQUES),
            "depthMm": round(rng.uniform(0.5, 4.5), 1),
            "combinedWith": some(rng, COMBINED, 1) if rng.random() < 0.1 else [],
        },
    }
    roll = rng.random()
    if roll < 0.002:
        body["date"] = "2026-13-45"
    elif roll < 0.004:
        body["plan"]["depthMm"] = 35
    elif roll < 0.005:
        return '{"id": "case-%d", "date": ' % number
    return json.dumps(body, separators=(",", ":"))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(20261122)
    out = sys.stdout
    for number in range(1, count + 1):
        out.write(request(rng, number))
        out.write("\n")


if __name__ == "__main__":
    main()
