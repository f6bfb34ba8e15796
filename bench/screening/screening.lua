-- wrk script: POST one realistic screening request (screening-request.json) again and again.
-- Run from the repository root, as http-throughput.sh does.
local file = assert(io.open("bench/screening/screening-request.json", "r"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
