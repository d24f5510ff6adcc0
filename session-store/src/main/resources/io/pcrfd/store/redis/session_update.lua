-- ARGV: prefix, sessionId, expectedVersion, json, newVersion, expiresAtMs (or 'never'), updatedAtMs
-- Returns {'OK', json}, {'STALE', currentJson}, {'MISSING'} or {'IDENTITY', field}.
local sid = ARGV[2]
local skey = P .. 's:' .. sid
local cur = redis.call('HMGET', skey, 'v', 'd')
if not cur[1] then return {'MISSING'} end
if cur[1] ~= ARGV[3] then return {'STALE', cur[2]} end
local old, new = cjson.decode(cur[2]), cjson.decode(ARGV[4])
local changed = sameFields(old, new, {'imsi', 'msisdn', 'apn', 'ueIpv4', 'ueIpv6Prefix', 'ipDomainId', 'gatewayHost'})
if changed then return {'IDENTITY', changed} end
redis.call('HSET', skey, 'v', ARGV[5], 'd', ARGV[4])
expireAt(skey, ARGV[6])
reindexSession(old, new, sid, ARGV[6], ARGV[7])
return {'OK', ARGV[4]}
