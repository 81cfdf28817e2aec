-- The whole login, as a browser and a user do it: start -> read the code -> token.
-- Each thread keeps a state machine over numbers, not over connections: a response names its
-- number (the start answer carries phone_number, the outbox entry carries `to` and the code), so
-- whichever connection frees up next takes the most advanced step waiting (token, then read,
-- then a new start). Every login uses a new number (+1777 followed by 7 digits).
local base, slot, count = 0, 0, 0
completed = 0 -- global: done() reads it with thread:get
local toRead, toToken = {}, {}
local json = { ["Content-Type"] = "application/json" }
local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function init(args)
  base = tonumber(args[1]) or 0
  slot = tonumber(tid) or 0 -- `tid` is set by setup() in report.lua
end

function request()
  local step = table.remove(toToken)
  if step then
    return wrk.format("POST", "/oauth/token", form,
      "grant_type=http%3A%2F%2Fauth0.com%2Foauth%2Fgrant-type%2Fpasswordless%2Fotp" ..
        "&client_id=bench&realm=sms&scope=openid&otp=" .. step.code ..
        "&username=%2B" .. step.phone:sub(2))
  end
  local phone = table.remove(toRead)
  if phone then
    return wrk.format("GET", "/dev/messages?limit=1&phone_number=%2B" .. phone:sub(2))
  end
  phone = string.format("+1777%07d", base + slot * 1000000 + count)
  count = count + 1
  return wrk.format("POST", "/passwordless/start", json,
    '{"client_id":"bench","connection":"sms","phone_number":"' .. phone .. '","send":"code"}')
end

function response(status, headers, body)
  if status ~= 200 then return end
  if body:find('"access_token"', 1, true) then
    completed = completed + 1
  elseif body:find('"messages"', 1, true) then
    local to = body:match('"to":"(%+%d+)"')
    local code = body:match('"body":"[^"]-(%d%d%d%d+)"')
    if to and code then table.insert(toToken, { phone = to, code = code }) end
  elseif body:find('"_id"', 1, true) then
    local phone = body:match('"phone_number":"(%+%d+)"')
    if phone then table.insert(toRead, phone) end
  end
end
