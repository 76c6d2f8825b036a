-- POSTs a form to the path given as the first argument. Every request gets a unique username
-- (`{user}` in the body template), so registrations never collide. Optional CSRF token and
-- cookie (for the reference peer) come as the third and fourth arguments.
local counter = 0
local thread_count = 0

local threads = {}

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  template = args[2]
  token = args[3] or ""
  cookie = args[4] or ""
  prefix = string.format("b%x%d", os.time() % 100000, math.random(1000, 9999))
end

function request()
  counter = counter + 1
  local user = prefix .. "t" .. tostring(tid) .. "n" .. tostring(counter)
  local body = string.gsub(template, "{user}", user)
  if token ~= "" then
    body = body .. "&csrfmiddlewaretoken=" .. token
  end
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  if cookie ~= "" then
    headers["Cookie"] = "csrftoken=" .. cookie
  end
  return wrk.format("POST", path, headers, body)
end

statuses = { 0, 0, 0, 0, 0 }

function response(status)
  local class = math.floor(status / 100)
  if class >= 1 and class <= 5 then
    statuses[class] = statuses[class] + 1
  end
end

-- Prints the answers by status class, so a load that fails is seen as failing.
function done(summary, latency, requests)
  local totals = { 0, 0, 0, 0, 0 }
  for _, t in ipairs(threads) do
    local counts = t:get("statuses")
    for i = 1, 5 do
      totals[i] = totals[i] + counts[i]
    end
  end
  io.write(string.format("status classes: 2xx=%d 3xx=%d 4xx=%d 5xx=%d\n", totals[2], totals[3], totals[4], totals[5]))
end
