-- ARGV: prefix, sessionId, json, expiresAtMs (or 'never'), updatedAtMs
-- Returns {'OK', json} or {'HELD', holderJson} (same Session-Id, or UE IPv4/IPv6 prefix bound
-- to a live session in the same address space: APN and IP-Domain-Id). Members of the address
-- sets whose session hash has expired are removed.
local sid, doc, exp, upd = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local skey = P .. 's:' .. sid
local cur = redis.call('HGET', skey, 'd')
if cur then return {'HELD', cur} end
local d = cjson.decode(doc)
local holder = addressHolder(d, sid)
if holder then return {'HELD', holder} end
redis.call('HSET', skey, 'v', '1', 'd', doc)
expireAt(skey, exp)
indexSession(d, sid, exp, upd)
return {'OK', doc}
