#!/usr/bin/env python3
"""Two builds of the server, same loads, one run: what a build profile buys at run time.

`python3 bench/profiles.py NAME_A BINARY_A NAME_B BINARY_B` serves each binary in turn (SQLite,
the bench settings of bench.py) and measures the register page (16 connections), activation
with a fresh key and with an unknown key (16 connections) and registration (8 connections):
medians of bench.RUNS runs of bench.DURATION seconds, server RSS peak. Prints a Markdown table
with B / A for each figure (used for the release profile's LTO choice, docs/benchmarks.md).
"""
import os, sys, tempfile

import bench


def measure(binary):
    workdir = tempfile.mkdtemp(prefix="registration-profiles.")
    app, cold = bench.start_ours(workdir, binary)
    base = f"http://127.0.0.1:{bench.OURS_PORT}"
    try:
        page = bench.median_run(base + "/accounts/register/", app.pid)
        fresh = bench.fresh_activations(base, app.pid, f"{workdir}/ours.db", "ours", 50_000)
        unknown = bench.median_run(base + "/", app.pid, 16, ["random", "2"], bench.ACTIVATE_LUA)
        register_post = bench.post_args(base, "/accounts/register/", bench.REGISTER_FORM)
        registration = bench.median_run(base + "/accounts/register/", app.pid, 8, register_post)
    finally:
        bench.stop(app)
    return {"register page req/s": page["rps"], "register page p99 ms": page["p99_ms"],
            "fresh activation req/s": fresh["rps"], "unknown-key activation req/s": unknown["rps"],
            "registration req/s": registration["rps"], "server RSS peak MB (page load)": page["rss_peak_mb"],
            "server RSS peak MB (registrations)": registration["rss_peak_mb"],
            "binary MB": os.path.getsize(binary) / 1e6, "cold start s": cold}


def main():
    if len(sys.argv) != 5:
        raise SystemExit("usage: profiles.py NAME_A BINARY_A NAME_B BINARY_B")
    (a, binary_a), (b, binary_b) = (sys.argv[1:3], sys.argv[3:5])
    first, second = measure(binary_a), measure(binary_b)
    if bench.FAILURES:
        raise SystemExit("profiles: some loads had failed answers: " + "; ".join(bench.FAILURES))
    lines = [f"| figure | {a} | {b} | {b} / {a} |", "|---|---:|---:|---:|"]
    for label, value in first.items():
        lines.append(f"| {label} | {value:,.2f} | {second[label]:,.2f} | {second[label] / value:.2f} |")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
