-- ARGV: prefix, sessionId, json, expiresAtMs (or 'never'), updatedAtMs
-- Returns {'OK', json} or {'HELD', holderJson} (same Session-Id, or UE IPv4/IPv6 prefix bound
-- to a live session). An index entry whose session hash has expired is overwritten.
local sid, doc, exp, upd = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local skey = P .. 's:' .. sid
local cur = redis.call('HGET', skey, 'd')
if cur then return {'HELD', cur} end
local d = cjson.decode(doc)
local contested = {}
if d.ueIpv4 then contested[#contested + 1] = P .. 'ip4:' .. d.ueIpv4 end
if d.ueIpv6Prefix then contested[#contested + 1] = P .. 'ip6:' .. d.ueIpv6Prefix end
for _, k in ipairs(contested) do
  local h = redis.call('GET', k)
  if h and h ~= sid then
    local hd = redis.call('HGET', P .. 's:' .. h, 'd')
    if hd then return {'HELD', hd} end
  end
end
redis.call('HSET', skey, 'v', '1', 'd', doc)
expireAt(skey, exp)
indexSession(d, sid, exp, upd)
return {'OK', doc}
