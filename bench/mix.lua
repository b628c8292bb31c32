-- wrk script of bench/loadtest.py: requests the paths of LOADTEST_PATHS in turn (a line
-- "path|bytes=0-1023" asks for that Range), and reports every status code and the percentiles.
local paths = {}
for line in io.lines(os.getenv("LOADTEST_PATHS")) do
    paths[#paths + 1] = line
end
local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
end

function init(args)
    statuses = {}
    position = math.random(#paths)
end

function request()
    position = position % #paths + 1
    local path, range = paths[position]:match("^([^|]*)|?(.*)$")
    local headers = {}
    if range ~= "" then
        headers["Range"] = range
    end
    return wrk.format("GET", path, headers)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local merged = {}
    for _, thread in ipairs(threads) do
        for code, count in pairs(thread:get("statuses")) do
            merged[code] = (merged[code] or 0) + count
        end
    end
    for code, count in pairs(merged) do
        io.write(string.format("status %d %d\n", code, count))
    end
    for _, p in ipairs({50, 90, 99}) do
        io.write(string.format("latency_p%d_ms %.1f\n", p, latency:percentile(p) / 1000))
    end
    local errors = summary.errors
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("socket_errors %d\n", errors.connect + errors.read + errors.write + errors.timeout))
    io.write(string.format("seconds %.1f\n", summary.duration / 1e6))
end
