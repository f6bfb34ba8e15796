#!/usr/bin/env bash
# Issue 11, item 9: at least 100,000 generated malformed requests to a running app (evaluate endpoints
# and records API) and malformed JSON Lines / signals CSV to the CLI; prints the figures (0 each wanted).
# Usage: bench/fuzz/run.sh [HTTP_REQUESTS=100000] [CLI_LINES=20000]   (after a Release build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
requests=${1:-100000}
lines=${2:-20000}
web=$root/src/MesoSafe.Web/bin/Release/net10.0/MesoSafe.Web.dll
cli=$root/src/MesoSafe.Cli/bin/Release/net10.0/mesosafe.dll
[ -f "$web" ] && [ -f "$cli" ] || { echo "build first: dotnet build MesoSafe.slnx -c Release" >&2; exit 2; }
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port
(cd "$(dirname "$web")" && ConnectionStrings__MesoSafe="Data Source=$work/fuzz.db" DataProtection__KeysFolder=$work/keys \
  Logging__LogLevel__Default=Warning exec dotnet "$web" --urls "$url" --seed-demo >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 1; done
echo "lscpu: $(lscpu | sed -n 's/^Model name: *//p')"
echo "http: $requests requests to $url"
/usr/bin/time -f "http client cpu %U+%S s, wall %e s" python3 "$root/bench/fuzz/fuzz.py" http "$url" "$requests"
if kill -0 $app 2>/dev/null; then echo "app process: alive after the run"; else echo "app process: GONE (crash)"; fi
echo "app log lines with an exception: $(grep -c -E 'Exception|fail:' "$work/app.log" || true)"
echo "cli: $lines screen lines, $lines triage lines, signals CSV"
/usr/bin/time -f "cli cpu %U+%S s, wall %e s" python3 "$root/bench/fuzz/fuzz.py" cli "$cli" "$lines"
