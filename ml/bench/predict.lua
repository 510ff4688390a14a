-- wrk script: one single-row prediction per request (the body of docs/API.md's example).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("SLIPWAY_BENCH_BODY")
  or '{"features": {"sqft": 1800, "bedrooms": 3, "bathrooms": 2, "location": "Suburb", "condition": "Good", "year_built": 1995}}'

-- Count non-2xx answers so the bench can report errors (wrk counts only socket errors).
local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
