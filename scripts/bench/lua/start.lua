-- POST /passwordless/start for a new number each time: +1888 followed by 7 digits.
-- args[1]: where this run's numbers begin (runs of one server never reuse a number).
local base, slot, count = 0, 0, 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  base = tonumber(args[1]) or 0
  slot = tonumber(tid) or 0 -- `tid` is set by setup() in report.lua
end

function request()
  local phone = string.format("+1888%07d", base + slot * 1000000 + count)
  count = count + 1
  return wrk.format("POST", "/passwordless/start", headers,
    '{"client_id":"bench","connection":"sms","phone_number":"' .. phone .. '","send":"code"}')
end
