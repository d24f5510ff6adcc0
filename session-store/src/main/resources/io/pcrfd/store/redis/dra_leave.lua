-- KEYS: binding, its session set. ARGV: prefix, sessionId
-- Returns {'KEPT'}, or {'REMOVED', json} when it was the binding's last session and the
-- binding went with it (json empty when the binding had already expired).
if redis.call('SREM', KEYS[2], ARGV[2]) == 0 then return {'KEPT'} end
if redis.call('SCARD', KEYS[2]) > 0 then return {'KEPT'} end
local cur = redis.call('GET', KEYS[1])
redis.call('DEL', KEYS[1], KEYS[2])
return {'REMOVED', cur or ''}
