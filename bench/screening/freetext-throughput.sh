#!/usr/bin/env bash
# The free-text screening figure of issue 9 in one command: generates the free-text requests
# (sentences of 5-20 words with misspellings, negation, past, several items), runs
# `mesosafe screen` (Release build) RUNS times and prints the median CPU seconds (user + sys)
# and screenings per CPU second, with the load average (the figure is per CPU second because
# the machine may be shared; on a quiet machine it is the figure to quote).
# Usage: bench/screening/freetext-throughput.sh [lines=200000] [runs=5] [generator=generate_freetext.py]
# (generator generate.py gives the code-only figure on the same footing).
# R2R=1 measures a ReadyToRun publish of the CLI instead of the build output (start-up ~0.3 CPU s
# cheaper; docs/benchmarks.md, free-text "second pass").
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-200000}
runs=${2:-5}
generator=${3:-generate_freetext.py}
data=${TMPDIR:-/tmp}/mesosafe-bench-${generator%.py}-$lines.jsonl
if [ ! -s "$data" ]; then
  echo "generating $lines requests into $data" >&2
  python3 "bench/screening/$generator" "$lines" > "$data"
fi
dll=src/MesoSafe.Cli/bin/Release/net10.0/mesosafe.dll
if [ -n "${R2R:-}" ]; then
  dll=${TMPDIR:-/tmp}/mesosafe-bench-r2r/mesosafe.dll
  if [ -z "${NO_BUILD:-}" ]; then
    dotnet publish src/MesoSafe.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$(dirname "$dll")" -v quiet -nologo >/dev/null
  fi
elif [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/MesoSafe.Cli -c Release -v quiet -nologo >/dev/null
fi
cat "$data" > /dev/null
times=${TMPDIR:-/tmp}/mesosafe-bench-freetext-times
: > "$times"
for run in $(seq 1 "$runs"); do
  set +e
  /usr/bin/time -f "%e %U %S" -o "$times.one" dotnet "$dll" screen --input "$data" > /dev/null
  status=$?
  set -e
  # Exit 3: some lines are invalid on purpose (generate.py); anything else is a failure.
  if [ "$status" != 0 ] && [ "$status" != 3 ]; then echo "mesosafe screen failed with exit $status" >&2; exit 1; fi
  echo "$(tail -n 1 "$times.one") $(cut -d' ' -f1 /proc/loadavg)" >> "$times"
done
python3 - "$lines" "$data" "$times" <<'PY'
import statistics, sys
lines, data, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rows = [tuple(float(x) for x in line.split()) for line in open(path) if line.strip()]
cpu = [user + system for _, user, system, _ in rows]
wall = [w for w, *_ in rows]
loads = [l for *_, l in rows]
for (w, u, s, l), c in zip(rows, cpu):
    print(f"  run: {w:.2f} s wall, {c:.2f} CPU s ({u:.2f} user + {s:.2f} sys), load average {l:.2f}")
median = statistics.median(cpu)
print(f"{lines} lines of {data}: median {median:.2f} CPU s over {len(rows)} runs, "
      f"{lines / median:,.0f} screenings per CPU second; median wall {statistics.median(wall):.2f} s; "
      f"load average {min(loads):.1f}-{max(loads):.1f}")
PY
