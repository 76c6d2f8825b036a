-- GET /accounts/activate/<key>/. With a key file as the first argument, every request uses a
-- key of its own (wrk thread N takes every Nth line); with "random", every request asks for
-- an unknown random key. Prints how many answers were redirects (successful activations).
local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("tid", count)
  table.insert(threads, thread)
end

function init(args)
  source = args[1]
  local nthreads = tonumber(args[2])
  keys = {}
  if source ~= "random" then
    local i = 0
    for line in io.lines(source) do
      if i % nthreads == tid - 1 then
        keys[#keys + 1] = line
      end
      i = i + 1
    end
  end
  nextkey, redirects, others, exhausted = 1, 0, 0, 0
  math.randomseed(os.time() * 10 + tid)
end

local hex = "0123456789abcdef"

local function random_key()
  local t = {}
  for i = 1, 40 do
    local n = math.random(1, 16)
    t[i] = hex:sub(n, n)
  end
  return table.concat(t)
end

function request()
  local key
  if source == "random" then
    key = random_key()
  elseif keys[nextkey] then
    key = keys[nextkey]
    nextkey = nextkey + 1
  else
    exhausted = exhausted + 1
    key = keys[1]
  end
  return wrk.format("GET", "/accounts/activate/" .. key .. "/")
end

function response(status)
  if status == 302 then
    redirects = redirects + 1
  else
    others = others + 1
  end
end

function done(summary, latency, requests)
  local r, o, e = 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("redirects")
    o = o + t:get("others")
    e = e + t:get("exhausted")
  end
  io.write(string.format("statuses: redirects=%d others=%d exhausted=%d\n", r, o, e))
end
