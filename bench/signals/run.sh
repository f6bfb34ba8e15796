#!/usr/bin/env bash
# End-to-end timings of `mesosafe signals` (process start to output written, Release build) on
# CAERS (20,156 rows), FAERS 2022 Q3 (496,312 rows) and a 1,000,000-report synthetic file
# (~9.56 M rows, ~2.05 M pairs, generated into /tmp, never into the repository). Prints wall time (hyperfine
# when installed, else a date loop) and peak RSS (/usr/bin/time -v).
# Usage: bench/signals/run.sh [runs]   (MESOSAFE_SHARED overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shared=${MESOSAFE_SHARED:-$(cd .. && pwd)/shared}
work=${TMPDIR:-/tmp}/mesosafe-signals-bench
mkdir -p "$work"

dotnet build src/MesoSafe.Cli -c Release -nologo -v q >/dev/null
dll=src/MesoSafe.Cli/bin/Release/net10.0/mesosafe.dll

synth="$work/synth-1m-2m-pairs.csv"
if [ ! -s "$synth" ]; then
  echo "generating $synth" >&2
  dotnet "$dll" synth --reports 1000000 --products 5000 --events 2000 --seed 1 --planted 50 \
    --output "$synth" 2>"$work/synth-1m.planted.csv"
fi

declare -A inputs=(
  [caers]="$shared/data/caers/caers.csv"
  [faers]="$shared/data/faers/faers22q3.csv"
  [synth-1m]="$synth"
)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version)"
for name in caers faers synth-1m; do
  input=${inputs[$name]}
  rows=$(($(wc -l <"$input") - 1))
  cmd="dotnet $dll signals --input $input --output $work/$name.signals.csv"
  echo "== $name: $rows rows"
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$runs" --warmup 1 --style basic --export-json "$work/$name.json" "$cmd" 2>/dev/null \
      | grep -E "Time|Range" || true
  else
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N); $cmd 2>/dev/null; end=$(date +%s.%N)
      echo "  wall $(echo "$end - $start" | bc) s"
    done
  fi
  /usr/bin/time -v $cmd 2>"$work/$name.time" >/dev/null || true
  awk -F': ' '/Maximum resident set size/ {printf "  peak RSS %.0f MiB\n", $2/1024} /Elapsed \(wall clock\)/ {print "  wall (time -v) " $2}' "$work/$name.time"
  echo "  pairs $(($(wc -l <"$work/$name.signals.csv") - 1))"
  grep -m1 '^{' "$work/$name.time" | cut -c1-200 || true
done

echo "== reader alone (no interning), then into the core's builder"
dotnet run -c Release --project bench/signals/ReaderThroughput -- "${inputs[faers]}" "$synth"
