-- ARGV: prefix, afSessionId, json (next version), expectedVersion, expiresAtMs
-- Returns {'OK', json}, {'STALE', currentJson}, {'IDENTITY', what} or {'MISSING'}.
local k = P .. 'af:' .. ARGV[2]
local cur = redis.call('HGET', k, 'd')
if not cur then return {'MISSING'} end
local c = cjson.decode(cur)
local n = cjson.decode(ARGV[3])
if c.gxSessionId ~= n.gxSessionId or c.afHost ~= n.afHost then return {'IDENTITY', 'the identity'} end
if tostring(c.version) ~= ARGV[4] then return {'STALE', cur} end
redis.call('HSET', k, 'd', ARGV[3])
expireAt(k, ARGV[5])
addToSet(P .. 'afgx:' .. n.gxSessionId, ARGV[2], ARGV[5])
return {'OK', ARGV[3]}
