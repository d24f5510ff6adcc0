-- ARGV: prefix, sessionId
-- Returns {'MISSING'}, {'KEPT', json} or {'REMOVED', json} (the binding went with its last session).
local cur = redis.call('GET', draSession(ARGV[2]))
if not cur then return {'MISSING'} end
redis.call('DEL', draSession(ARGV[2]))
local s = cjson.decode(cur)
if s.capable and draLeave(ARGV[2], s.bindingKey) then return {'REMOVED', cur} end
return {'KEPT', cur}
