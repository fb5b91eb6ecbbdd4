#!/usr/bin/env python3
"""Writes samples/relational-coordination.survey.csv (see samples/README.md).

Illustrative relational coordination survey responses behind the RC scores of
samples/relational-coordination.orgweave.json: for every directed RC tie (A rates B) ten respondents
in role A answer the seven dimensions about role B on 1-5, so that the mean of each dimension is
exactly the score stored in the sample (scores there have one decimal; ten whole answers can hit
any such mean). On every third tie one respondent leaves one dimension blank and an eleventh
respondent answers only that dimension, so blanks occur and every dimension still has ten answers.
Roles are written by their labels (as a survey tool exports them), headers in plain words.

    orgweave import-rc samples/relational-coordination.orgweave.json \\
        samples/relational-coordination.survey.csv --out /tmp/rc.orgweave.json

reproduces the sample's RC scores and adds respondent counts to each tie. The survey questions
themselves are licensed and not part of orgweave; the answers here are invented.

Usage (deterministic: the same bytes every time):
    python3 samples/tools/make_relational_coordination_survey.py > samples/relational-coordination.survey.csv
"""

import csv
import json
import os
import random
import sys

DIMENSIONS = ["frequent", "timely", "accurate", "problem_solving", "shared_goals", "shared_knowledge",
              "mutual_respect"]
HEADER = ["Respondent role", "Rated role", "Focal process", "Frequent", "Timely", "Accurate",
          "Problem solving", "Shared goals", "Shared knowledge", "Mutual respect"]
FOCAL_PROCESS = "Discharge of frail elderly patients"
RESPONDENTS = 10


def answers(mean, rng):
    """Ten whole answers in 1..5 whose mean is `mean` (one decimal), with some spread."""
    total = round(mean * RESPONDENTS)
    base = total // RESPONDENTS
    values = [base + 1] * (total - base * RESPONDENTS) + [base] * (RESPONDENTS * (base + 1) - total)
    values = values[:RESPONDENTS]
    # Spread: move one point from one answer to another a few times, staying on the scale.
    for _ in range(4):
        i, j = rng.sample(range(RESPONDENTS), 2)
        if values[i] < 5 and values[j] > 1:
            values[i] += 1
            values[j] -= 1
    assert sum(values) == total and all(1 <= v <= 5 for v in values)
    rng.shuffle(values)
    return values


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "relational-coordination.orgweave.json"), encoding="utf-8") as f:
        doc = json.load(f)
    labels = {n["id"]: n.get("label", n["id"]) for n in doc["nodes"]}
    rng = random.Random(3)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HEADER)
    rc_ties = [t for t in doc["ties"] if t["kind"] == "collaborates" and t.get("rc")]
    for number, tie in enumerate(rc_ties):
        columns = [answers(tie["rc"][d], rng) for d in DIMENSIONS]
        rows = [[str(columns[d][r]) for d in range(len(DIMENSIONS))] for r in range(RESPONDENTS)]
        if number % 3 == 2:
            who = rng.randrange(RESPONDENTS)
            which = rng.randrange(len(DIMENSIONS))
            extra = [""] * len(DIMENSIONS)
            extra[which] = rows[who][which]
            rows[who][which] = ""
            rows.append(extra)
        for row in rows:
            writer.writerow([labels[tie["source"]], labels[tie["target"]], FOCAL_PROCESS] + row)


if __name__ == "__main__":
    main()
