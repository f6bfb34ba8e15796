#!/usr/bin/env python3
"""Issue 11, item 9: generated malformed input for a running MesoSafe app and for the CLI.

  fuzz.py http URL COUNT       COUNT malformed requests to the evaluate endpoints and the records API
  fuzz.py cli MESOSAFE_DLL N   N malformed JSON Lines to `screen` and to `triage`, N rows of signals CSV

Each request is a valid one made wrong one way, as in tests/MesoSafe.Web.Tests/Properties/
MalformedRequestFuzzTests.cs (a field of the wrong type, out of range, huge, absent, unknown; JSON cut
short, not JSON, not an object; the wrong content type or method; ids that are no ids; query strings of
garbage; hostile headers), from a fixed seed. Prints one line of figures: 500s, crashes (connections
refused or reset, CLI aborts), stack traces in answers, unanswered requests or lines.
"""
import http.client, json, os, random, re, subprocess, sys, tempfile, threading, time, urllib.parse

SEED = 20261208
STACK = re.compile(r"(\bat [A-Z][\w.`]+\.[\w<>]+\(|\.cs:line \d+|[A-Z]\w+\.\w+Exception\b|Unhandled exception|internal-error)")
DEMO_PASSWORD = "demo-password-2026"
DOMAIN = "demo.mesosafe.test"

HOSTILE = [
    lambda r: None, lambda r: True, lambda r: 0, lambda r: -1, lambda r: 2147483648, lambda r: 99999999999999999999999,
    lambda r: "1e400", lambda r: 1.5, lambda r: "", lambda r: " ", lambda r: "x" * 10000, lambda r: "\u0000", lambda r: "a\u0000b",
    lambda r: "0001-01-01", lambda r: "9999-12-31", lambda r: "10000-01-01", lambda r: "2026-02-30", lambda r: "not-a-date",
    lambda r: "2026-11-20T25:61:00", lambda r: [], lambda r: {}, lambda r: [1, 2, 3], lambda r: "00000000-0000-0000-0000-000000000000",
    lambda r: "<script>alert(1)</script>", lambda r: "'; DROP TABLE \"Patients\"; --", lambda r: "\U0001f489\U0001fa78 \u202e",
    lambda r: "".join(chr(r.randint(0x20, 0xD7FF)) for _ in range(r.randint(1, 300))), lambda r: 1.7976931348623157e308,
    lambda r: -9223372036854775808, lambda r: {"a": {"b": {"c": [None]}}},
]
RAW_NUMBERS = ["1e400", "-1e400", "99999999999999999999999", "NaN", "Infinity", "-0", "0x10", "01"]
GARBAGE = ["", " ", "null", "true", "0", "\"text\"", "[]", "[{}]", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}",
           "\u0000\u0001\u0002", "<xml/>", "a=1&b=2", "{" * 5000, "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x41\"}", "\ufeff{}",
           "{\"a\":1}{\"b\":2}", "[" * 70 + "]" * 70]
CONTENT_TYPES = ["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                 "application/json; charset=latin1", "application/json; charset=utf-16", "image/png", "application/jsonx", "*/*"]
QUERIES = ["page=-1", "page=0", "page=99999999999", "pageSize=0", "pageSize=-5", "pageSize=1e9", "pageSize=abc", "from=yesterday",
           "to=0000-00-00", "from=9999-12-31&to=0001-01-01", "patientId=abc", "patientId=00000000-0000-0000-0000-000000000000",
           "submitted=perhaps", "page=%00", "q=%ZZ", "name=%00", "name=a%00b", "from=10000-01-01", "page=1&page=2", "pageSize=" + "9" * 400]
METHODS = ["GET", "PUT", "DELETE", "PATCH", "POST", "OPTIONS", "PROPFIND"]


def mutate_json(r, body):
    """A copy of body with one field given a hostile value, dropped, or an unknown one added; or raw text."""
    body = json.loads(json.dumps(body))
    parent, key = pick(r, body)
    choice = r.randrange(5)
    if choice <= 2:
        parent[key] = HOSTILE[r.randrange(len(HOSTILE))](r)
        text = json.dumps(parent[key] if False else body)
        if isinstance(parent[key], str) and parent[key] in RAW_NUMBERS:
            text = text.replace(json.dumps(parent[key]), parent[key], 1)
        return text
    if choice == 3:
        parent.pop(key, None)
        parent["unknown%d" % r.randrange(1000)] = HOSTILE[r.randrange(len(HOSTILE))](r)
        return json.dumps(body)
    text = json.dumps(body)
    return text[: r.randrange(max(1, len(text)))]


def pick(r, node):
    while True:
        keys = list(node.keys()) if isinstance(node, dict) else []
        if not keys:
            return node, "added"
        key = keys[r.randrange(len(keys))]
        child = node[key]
        if isinstance(child, dict) and child and r.randrange(2) == 0:
            node = child
            continue
        return node, key


# ---------------------------------------------------------------- HTTP

def token(base, email):
    conn = connect(base)
    conn.request("POST", "/api/v1/auth/token", json.dumps({"email": email, "password": DEMO_PASSWORD}), {"Content-Type": "application/json"})
    answer = conn.getresponse()
    return json.loads(answer.read())["accessToken"]


def connect(base):
    u = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=60)


def get(base, tok, path):
    conn = connect(base)
    conn.request("GET", path, headers={"Authorization": "Bearer " + tok})
    return json.loads(conn.getresponse().read())


def targets(base):
    who = {w: token(base, "%s@%s" % (w, DOMAIN)) for w in ["practitioner", "officer", "admin", "patient"]}
    who["anonymous"] = None
    pr = who["practitioner"]
    patient = get(base, pr, "/api/v1/patients?name=Keller")["items"][0]["id"]
    other = get(base, pr, "/api/v1/patients?name=Weber")["items"][0]["id"]
    record = get(base, pr, "/api/v1/patients/" + patient)
    plan = record["plans"][0]["id"]
    intake = record["intakes"][0]["id"]
    session = record["sessions"][-1]["id"]
    check_in = record["checkIns"][-1]["id"]
    lots = get(base, pr, "/api/v1/lots?pageSize=100")
    lots = lots["items"] if isinstance(lots, dict) else lots
    lot = next(l for l in lots if l["lotNumber"] == "MSL-25-0311")
    good = next(l for l in lots if l["lotNumber"] == "FIL-24-0917")
    events = get(base, who["officer"], "/api/v1/adverse-events")
    event = (events["items"] if isinstance(events, dict) else events)[0]["id"]
    clinic = record["patient"]["clinicId"]
    today = time.strftime("%Y-%m-%d", time.gmtime())
    report = {"patientId": patient, "sessionId": session, "eventCode": "nodule", "onset": today, "seriousness": [], "severity": "mild",
              "outcome": "recovering", "causality": "possible", "suspectLotIds": [lot["id"]], "suspectProductIds": [lot["productId"]],
              "reporterType": "practitioner", "narrative": "A nodule.", "version": 1}
    plan_body = {"patientId": patient, "indication": "hair-loss", "areas": ["scalp"], "substances": ["biotin"], "technique": "nappage",
                 "depthMm": 1.0, "sessions": 4, "intervalDays": 10}
    screening = {"id": "fuzz", "date": today, "patient": {"birthDate": "1980-01-01", "sex": "female", "previousMesotherapy": False},
                 "conditions": ["botox in december"], "allergies": [], "medications": ["aspirin"], "habits": {"smoker": False, "alcohol": False},
                 "plan": {"indication": "hair-loss", "areas": ["scalp"], "substances": ["biotin"], "anesthetic": None, "technique": "nappage",
                          "depthMm": 1.0, "combinedWith": []}}
    triage = {"sessionDate": today, "reportedOn": today, "areas": ["scalp"], "substances": ["biotin"],
              "symptoms": [{"code": "redness", "severity": "mild"}], "temperatureC": 37.0, "text": "red"}
    session_body = {"patientId": patient, "planId": plan, "date": today, "areas": ["scalp"], "technique": "point-by-point", "depthMm": 2.0,
                    "asepsis": ["skin-disinfected", "sterile-single-use-needles"], "sensitivityTest": "negative",
                    "products": [{"lotId": lot["id"], "volumeMl": 2.0}]}
    t = [
        ("practitioner", "POST", "/api/v1/patients", {"givenName": "Fuzz", "familyName": "Case", "birthDate": "1980-01-01", "sex": "female", "email": "f@example.org", "phone": "+49 30 123456"}),
        ("practitioner", "PUT", "/api/v1/patients/" + other, {"givenName": "Jonas", "familyName": "Weber", "birthDate": "1979-09-30", "sex": "male", "version": 1}),
        ("practitioner", "POST", "/api/v1/patients/%s/intakes" % patient, {"conditions": ["none"], "allergies": [], "medications": [], "smoker": False, "alcohol": False, "previousMesotherapy": False, "plannedDate": today, "planId": plan}),
        ("practitioner", "POST", "/api/v1/intakes/%s/screenings" % intake, {"plannedDate": today, "planId": plan}),
        ("practitioner", "POST", "/api/v1/plans", plan_body),
        ("practitioner", "PUT", "/api/v1/plans/" + plan, dict(plan_body, version=1)),
        ("patient", "POST", "/api/v1/plans/%s/consent" % plan, {"planRevision": 1}),
        ("practitioner", "POST", "/api/v1/sessions", session_body),
        ("patient", "POST", "/api/v1/check-ins", {"sessionId": session, "reportedOn": today, "temperatureC": 37.0, "symptoms": [{"code": "redness", "severity": "mild", "startedDaysAfterSession": 0, "spreading": False, "worsening": False}], "text": "a little red"}),
        ("practitioner", "POST", "/api/v1/check-ins/%s/readings" % check_in, {"action": "called the patient", "readAs": ["redness"], "level": "self-care", "language": "en", "words": ["red"]}),
        ("practitioner", "POST", "/api/v1/adverse-events", report),
        ("officer", "POST", "/api/v1/adverse-events/%s/follow-ups" % event, report),
        ("admin", "POST", "/api/v1/products", {"name": "Fuzz product", "manufacturer": "Fuzz Labs", "substances": ["biotin"]}),
        ("admin", "POST", "/api/v1/lots", {"productId": good["productId"], "lotNumber": "FZ-1", "expiry": "2030-01-01"}),
        ("officer", "POST", "/api/v1/lots/%s/recall" % good["id"], {"reason": "fuzz"}),
        ("practitioner", "POST", "/api/v1/queue/00000000-0000-0000-0000-000000000001/resolve", None),
        ("admin", "POST", "/api/v1/users", {"email": "fuzz@example.org", "password": "a-long-password-2026", "role": "practitioner", "displayName": "Fuzz", "clinicIds": [clinic]}),
        ("anonymous", "POST", "/api/v1/auth/token", {"email": "nobody@example.org", "password": "wrong-password"}),
        ("anonymous", "POST", "/api/v1/screenings/evaluate", screening),
        ("anonymous", "POST", "/api/v1/triage/evaluate", triage),
        ("practitioner", "GET", "/api/v1/patients", None),
        ("practitioner", "GET", "/api/v1/patients/" + patient, None),
        ("practitioner", "GET", "/api/v1/patients/%s/export" % patient, None),
        ("practitioner", "GET", "/api/v1/sessions", None),
        ("practitioner", "GET", "/api/v1/check-ins", None),
        ("practitioner", "GET", "/api/v1/adverse-events", None),
        ("officer", "GET", "/api/v1/audit", None),
        ("practitioner", "GET", "/api/v1/queue", None),
        ("practitioner", "GET", "/api/v1/lots", None),
    ]
    return who, t


def malformed_request(r, target):
    who, method, path, body = target
    raw = json.dumps(body) if body is not None else None
    content_type = "application/json"
    headers = {}
    choice = r.randrange(10)
    if choice <= 3 and body is not None:
        raw = mutate_json(r, body)
    elif choice == 4:
        raw = GARBAGE[r.randrange(len(GARBAGE))]
    elif choice == 5:
        content_type = CONTENT_TYPES[r.randrange(len(CONTENT_TYPES))]
    elif choice == 6:
        method = METHODS[r.randrange(len(METHODS))]
    elif choice == 7:
        segments = path.split("/")
        at = r.randrange(2, len(segments))
        segments[at] = r.choice(["not-a-guid", "00000000-0000-0000-0000-000000000000", "%20", "..", "%2e%2e", "x" * 300, "-1", "99999999999"])
        path = "/".join(segments)
    else:
        path += "?" + "&".join(r.choice(QUERIES) for _ in range(r.randint(1, 3)))
        if r.randrange(3) == 0:
            headers.update(r.choice([{"Idempotency-Key": "k" * r.randint(1, 400)}, {"If-Match": "\"garbage\""}, {"Accept": "text/html"}]))
    if raw is not None and method not in ("GET",):
        headers["Content-Type"] = content_type
    else:
        raw = None
    return who, method, path, raw, headers


def run_http(base, count, threads=12):
    who, ts = targets(base)
    figures = {"requests": 0, "5xx": 0, "crashes": 0, "stack traces": 0, "unanswered": 0, "errors without problem+json code": 0}
    examples = []
    lock = threading.Lock()

    def worker(index):
        r = random.Random(SEED + index)
        conn = connect(base)
        local = dict.fromkeys(figures, 0)
        n = count // threads + (1 if index < count % threads else 0)
        for i in range(n):
            target = ts[r.randrange(len(ts))]
            user, method, path, raw, headers = malformed_request(r, target)
            if who[user]:
                headers["Authorization"] = "Bearer " + who[user]
            local["requests"] += 1
            try:
                conn.request(method, path, body=raw.encode("utf-8", "surrogatepass") if raw is not None else None, headers=headers)
                answer = conn.getresponse()
                text = answer.read().decode("utf-8", "replace")
                status = answer.status
            except (ConnectionRefusedError, ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected) as e:
                local["crashes" if isinstance(e, ConnectionRefusedError) else "unanswered"] += 1
                conn.close()
                conn = connect(base)
                with lock:
                    examples.append("%s %s: %s" % (method, path[:80], type(e).__name__))
                continue
            except Exception as e:  # a timeout or a protocol error: not answered
                local["unanswered"] += 1
                conn.close()
                conn = connect(base)
                with lock:
                    examples.append("%s %s: %s" % (method, path[:80], type(e).__name__))
                continue
            if status >= 500:
                local["5xx"] += 1
                with lock:
                    examples.append("%d %s %s %s" % (status, method, path[:80], text[:200]))
            if STACK.search(text):
                local["stack traces"] += 1
                with lock:
                    examples.append("stack %d %s %s %s" % (status, method, path[:80], text[:200]))
            if status >= 400 and status != 401 and '"code"' not in text:
                local["errors without problem+json code"] += 1
            if answer.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = connect(base)
        with lock:
            for k, v in local.items():
                figures[k] += v

    started = time.time()
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    figures["seconds"] = round(time.time() - started, 1)
    return figures, examples[:20]


# ---------------------------------------------------------------- CLI

SCREEN = {"id": "case", "date": "2026-11-22", "patient": {"birthDate": "1990-05-01", "sex": "female", "previousMesotherapy": False},
          "conditions": ["pregnancy"], "allergies": ["lidocaine"], "medications": ["aspirin"], "habits": {"smoker": False, "alcohol": False},
          "plan": {"indication": "hair-loss", "areas": ["scalp"], "substances": ["biotin", "dexpanthenol"], "anesthetic": "lidocaine",
                   "technique": "point-by-point", "depthMm": 2.0, "combinedWith": []}}
TRIAGE = {"id": "case", "sessionDate": "2026-11-20", "reportedOn": "2026-11-22", "areas": ["scalp"], "substances": ["biotin"],
          "symptoms": [{"code": "redness", "severity": "mild"}], "temperatureC": 37.0, "text": "a bit red"}


def malformed_line(r, body):
    choice = r.randrange(6)
    line = mutate_json(r, body) if choice <= 3 else r.choice(GARBAGE) if choice == 4 else json.dumps(body)
    return line.replace("\n", " ").replace("\r", " ")


def run_cli(dll, lines, batch=5000):
    figures = {"lines": 0, "crashes": 0, "stack traces": 0, "unanswered lines": 0, "csv rows": 0, "csv rows unaccounted": 0}
    examples = []
    r = random.Random(SEED)
    with tempfile.TemporaryDirectory() as folder:
        for command, body in (("screen", SCREEN), ("triage", TRIAGE)):
            for start in range(0, lines, batch):
                n = min(batch, lines - start)
                path = os.path.join(folder, "%s-%d.jsonl" % (command, start))
                with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
                    for _ in range(n):
                        f.write(malformed_line(r, body) + "\n")
                run = subprocess.run(["dotnet", dll, command, "--input", path], capture_output=True)
                out = run.stdout.decode("utf-8", "replace")
                err = run.stderr.decode("utf-8", "replace")
                figures["lines"] += n
                if run.returncode not in (0, 3):
                    figures["crashes"] += 1
                    examples.append("%s exit %d: %s" % (command, run.returncode, err[:200]))
                if STACK.search(out) or STACK.search(err):
                    figures["stack traces"] += 1
                    examples.append("%s stack: %s" % (command, (STACK.search(out) or STACK.search(err)).group(0)))
                answered = len([l for l in out.split("\n") if l.strip()])
                figures["unanswered lines"] += max(0, n - answered)
        rows_per_file = 100
        files = max(1, lines // (rows_per_file * 2))
        for i in range(files):
            path = os.path.join(folder, "reports-%d.csv" % i)
            data_lines = 0
            with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write("id,product,event\n")
                for j in range(rows_per_file):
                    row = malformed_csv_row(r, j)
                    data_lines += 1 if row.strip() else 0
                    f.write(row + "\n")
            run = subprocess.run(["dotnet", dll, "signals", "--input", path, "--output", path + ".out.csv"], capture_output=True)
            err = run.stderr.decode("utf-8", "replace")
            figures["csv rows"] += rows_per_file
            if run.returncode not in (0, 3):
                figures["crashes"] += 1
                examples.append("signals exit %d: %s" % (run.returncode, err[:200]))
            if STACK.search(err):
                figures["stack traces"] += 1
                examples.append("signals stack: %s" % STACK.search(err).group(0))
            # ADR 0354: rows read + rows skipped + lines inside quoted fields that hold line breaks
            # (an RFC 4180 row spanning lines) = data lines; blank lines are not data lines.
            m = re.search(r"read (\d+) rows and skipped (\d+) malformed rows of (\d+) data lines(?: \((\d+) lines are inside quoted fields)?", err)
            if m is None:
                figures["csv rows unaccounted"] += data_lines
                examples.append("signals, no account: %s" % err[-200:])
            else:
                inside = int(m.group(4) or 0)
                unaccounted = abs(data_lines - int(m.group(1)) - int(m.group(2)) - inside) + abs(data_lines - int(m.group(3)))
                figures["csv rows unaccounted"] += unaccounted
                if unaccounted:
                    examples.append("signals, %d data lines written: %s" % (data_lines, err.strip().split("\n")[-1][:200]))
    return figures, examples[:20]


def malformed_csv_row(r, j):
    good = ["%d" % j, r.choice(["A", "B", "C"]), r.choice(["X", "Y"])]
    choice = r.randrange(8)
    if choice == 0:
        good = good[: r.randrange(3)]
    elif choice == 1:
        good += ["extra"] * r.randint(1, 3)
    elif choice == 2:
        good[r.randrange(3)] = "\"quoted, with comma\""
    elif choice == 3:
        good[r.randrange(3)] = "\"\"\"" + "x" * r.randint(0, 5) + "\"\""
    elif choice == 4:
        good[r.randrange(3)] = "".join(chr(r.randint(0x20, 0xD7FF)) for _ in range(r.randint(1, 50))).replace(",", ";").replace("\"", "'")
    elif choice == 5:
        good[r.randrange(3)] = ""
    elif choice == 6:
        good[r.randrange(3)] = "x" * r.randint(1000, 5000)
    return ",".join(good).replace("\n", " ").replace("\r", " ")


if __name__ == "__main__":
    if sys.argv[1] == "http":
        figures, examples = run_http(sys.argv[2], int(sys.argv[3]))
    else:
        figures, examples = run_cli(sys.argv[2], int(sys.argv[3]))
    for e in examples:
        print("  example: " + e, file=sys.stderr)
    print(json.dumps(figures))
