-- KEYS: binding. ARGV: prefix, json, expiresAtMs
-- Returns {'OK', json} when stored, {'HELD', currentJson} when a live binding exists.
local cur = redis.call('GET', KEYS[1])
if cur then return {'HELD', cur} end
redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[3])
return {'OK', ARGV[2]}
