#!/usr/bin/env bash
# Requests/s of GET /health and POST /api/v1/screenings/evaluate against the same Release build
# of MesoSafe.Web on loopback, in one run, and their ratio (goal: screening >= 0.5 x health).
# Usage: bench/screening/http-throughput.sh [seconds=15] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
connections=${2:-32}
port=${MESOSAFE_BENCH_PORT:-5099}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

dotnet build src/MesoSafe.Web -c Release -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/MesoSafe.Web/bin/Release/net10.0/MesoSafe.Web.dll --urls "http://127.0.0.1:$port" >/tmp/mesosafe-bench-web.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.2
done
curl -fs -H 'Content-Type: application/json' --data-binary @bench/screening/screening-request.json \
  "http://127.0.0.1:$port/api/v1/screenings/evaluate" >/dev/null || { echo 'the screening endpoint does not answer 200' >&2; exit 1; }

rps() { sed -n 's/^Requests\/sec: *//p'; }
# Warm both endpoints (JIT, tiered compilation), then measure each for the same time.
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c"$connections" -d3s -s bench/screening/screening.lua "http://127.0.0.1:$port/api/v1/screenings/evaluate" >/dev/null
health=$(wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port/health" | rps)
screening_report=$(wrk -t2 -c"$connections" -d"${seconds}s" -s bench/screening/screening.lua --latency "http://127.0.0.1:$port/api/v1/screenings/evaluate")
screening=$(echo "$screening_report" | rps)
non2xx=$(echo "$screening_report" | sed -n 's/^ *Non-2xx or 3xx responses: *//p')
if [ -n "$non2xx" ]; then echo "screening answered $non2xx non-2xx responses" >&2; exit 1; fi
python3 - "$health" "$screening" "$seconds" "$connections" <<'PY'
import sys
health, screening = float(sys.argv[1]), float(sys.argv[2])
print(f"GET /health: {health:,.0f} req/s; POST /api/v1/screenings/evaluate: {screening:,.0f} req/s; "
      f"ratio {screening / health:.2f} ({sys.argv[3]} s each, {sys.argv[4]} connections, wrk -t2)")
PY
