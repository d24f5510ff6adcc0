-- ARGV: prefix, triggerId, expectedVersion, json, newVersion, expiresAtMs, deadlineMs
-- Returns {'OK', json}, {'STALE', currentJson}, {'MISSING'} or {'IDENTITY', field}.
local id = ARGV[2]
local tkey = P .. 't:' .. id
local cur = redis.call('HMGET', tkey, 'v', 'd')
if not cur[1] then return {'MISSING'} end
if cur[1] ~= ARGV[3] then return {'STALE', cur[2]} end
local old, new = cjson.decode(cur[2]), cjson.decode(ARGV[4])
local changed = sameFields(old.identification, new.identification,
  {'assignedId', 'ueLocalIp', 'henbLocalIp', 'imsi', 'apn'})
if changed then return {'IDENTITY', changed} end
unindexTrigger(old, id)
redis.call('HSET', tkey, 'v', ARGV[5], 'd', ARGV[4])
redis.call('PEXPIREAT', tkey, ARGV[6])
indexTrigger(new, id, ARGV[6], ARGV[7])
return {'OK', ARGV[4]}
