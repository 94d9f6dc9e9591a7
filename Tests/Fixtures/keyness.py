"""An independent computation of SEND Lens's keyword statistics, from the counts it exports.

Reads the JSON of `compare A B` and recomputes, for every word listed, the expected counts,
the log-likelihood G2 (Rayson and Garside 2000), the Log Ratio (Hardie 2014, zero counts as 0.5)
and the p-value (chi-square, one degree of freedom); checks the threshold (0.05 over the number
of words tested), which words pass it, and the order. Prints "ok N" or fails with the first difference.
"""
import json
import math
import sys

result = json.load(open(sys.argv[1], encoding="utf-8"))
n1, n2 = (side["words"] for side in result["sides"])
assert abs(result["threshold"] - 0.05 / result["tested"]) < 1e-15, result["threshold"]
previous = None
for row in result["rows"]:
    a, b = row["counts"]
    e1, e2 = n1 * (a + b) / (n1 + n2), n2 * (a + b) / (n1 + n2)
    g2 = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0)
    ratio = math.log2(((a or 0.5) / n1) / ((b or 0.5) / n2))
    p = math.erfc(math.sqrt(g2 / 2))
    for name, mine, theirs in (("expected A", e1, row["expected"][0]), ("expected B", e2, row["expected"][1]),
                               ("G2", g2, row["g2"]), ("log ratio", ratio, row["logRatio"]), ("p", p, row["p"])):
        assert math.isclose(mine, theirs, rel_tol=1e-9, abs_tol=1e-12), (row["word"], name, mine, theirs)
    assert row["significant"] == (p < result["threshold"]), (row["word"], p)
    assert row["side"] == (0 if ratio >= 0 else 1), row["word"]
    key = (row["side"], -row["g2"])
    assert previous is None or previous <= key, (row["word"], "out of order")
    previous = key
print("ok", len(result["rows"]))
