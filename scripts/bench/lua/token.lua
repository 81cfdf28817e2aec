-- POST /oauth/token with the right code: the bench server seeded code 123456 for +1999 followed
-- by 7 digits (0 .. seed-1); each request takes the next unused number. args[1]: first index.
local base, slot, count = 0, 0, 0
local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function init(args)
  base = tonumber(args[1]) or 0
  slot = tonumber(tid) or 0 -- `tid` is set by setup() in report.lua
end

function request()
  local phone = string.format("%%2B1999%07d", base + slot * 1000000 + count)
  count = count + 1
  return wrk.format("POST", "/oauth/token", headers,
    "grant_type=http%3A%2F%2Fauth0.com%2Foauth%2Fgrant-type%2Fpasswordless%2Fotp" ..
      "&client_id=bench&realm=sms&scope=openid&otp=123456&username=" .. phone)
end
