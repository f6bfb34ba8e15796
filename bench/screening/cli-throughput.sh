#!/usr/bin/env bash
# Times `mesosafe screen` (Release build) over a generated file and prints screenings/s.
# Usage: bench/screening/cli-throughput.sh [lines=1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-1000000}
data=${TMPDIR:-/tmp}/mesosafe-bench-screenings-$lines.jsonl
if [ ! -s "$data" ]; then
  echo "generating $lines requests into $data" >&2
  python3 bench/screening/generate.py "$lines" > "$data"
fi
dotnet build src/MesoSafe.Cli -c Release -v quiet -nologo >/dev/null
dll=src/MesoSafe.Cli/bin/Release/net10.0/mesosafe.dll

# Warm the file cache, then measure; exit 3 is expected (the file holds some bad lines on purpose).
cat "$data" > /dev/null
set +e
/usr/bin/time -f "%e %U %S %M" -o /tmp/mesosafe-bench-time dotnet "$dll" screen --input "$data" > /dev/null
status=$?
set -e
if [ "$status" != 0 ] && [ "$status" != 3 ]; then echo "mesosafe screen failed with exit $status" >&2; exit 1; fi
# The machine is shared: CPU seconds say what the program costs, wall seconds what it delivered.
python3 - "$lines" "$(du -m "$data" | cut -f1)" $(tail -n 1 /tmp/mesosafe-bench-time) "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
lines, size_mb = int(sys.argv[1]), sys.argv[2]
wall, user, system, rss_kb, load = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
cpu = user + system
print(f"{lines} lines ({size_mb} MB): {wall:.2f} s wall, {lines / wall:,.0f} screenings/s; "
      f"{cpu:.2f} CPU s, {lines / cpu:,.0f} screenings per CPU second; peak RSS {rss_kb / 1024:.0f} MiB; load average {load}")
PY
