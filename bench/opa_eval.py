"""Evaluates the policy pack with Open Policy Agent on the facts of one tender.

Prints one JSON line: the median time of one evaluation of every rule set, the median time of
a trivial query with the same input (the Python/Go bridge's own cost: marshalling the input
and crossing into Go), and the rule ids found, so run.py can check that OPA and regorus agree.

usage: opa_eval.py POLICY_DIR FACTS_JSON PROFILE ITERATIONS
"""

import json
import pathlib
import statistics
import sys
import time

from opa_bindings import OpaEngine

SETS = ("deny", "warn", "info")


def load(policy_dir: pathlib.Path) -> tuple[OpaEngine, str]:
    """Loads the pack as tenderlint does; returns the engine and the query of every set."""
    engine = OpaEngine()
    data: dict = {}
    paths = []
    for path in sorted(policy_dir.rglob("*")):
        relative = path.relative_to(policy_dir)
        if path.suffix == ".json":
            node = data
            for part in relative.parts[:-1]:
                node = node.setdefault(part, {})
            node.update(json.loads(path.read_text()))
        elif path.suffix == ".rego" and not path.name.endswith("_test.rego"):
            text = path.read_text()
            engine.add_policy(str(relative), text)
            package = next(
                line.split()[1] for line in text.splitlines() if line.startswith("package ")
            )
            for rule_set in SETS:
                if any(
                    line.startswith((f"{rule_set} contains ", f"{rule_set} := "))
                    for line in text.splitlines()
                ):
                    paths.append(f"data.{package}.{rule_set}")
    engine.add_data(data)
    return engine, "x := [" + ", ".join(dict.fromkeys(paths)) + "]"


def median_seconds(run, iterations: int) -> float:
    run()  # warm-up: OPA compiles the query on first use
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    policy_dir, facts_path, profile, iterations = sys.argv[1:5]
    facts = json.loads(pathlib.Path(facts_path).read_text())[0]
    engine, query = load(pathlib.Path(policy_dir))
    tender = {"facts": facts, "profile": profile}
    result = engine.eval_query(query, tender)
    rules = sorted(f["rule"] for rule_set in result[0]["x"] for f in rule_set)
    full = median_seconds(lambda: engine.eval_query(query, tender), int(iterations))
    trivial = median_seconds(lambda: engine.eval_query("x := 1", tender), int(iterations))
    print(json.dumps({"full_s": full, "bridge_s": trivial, "rules": rules}))


if __name__ == "__main__":
    main()
