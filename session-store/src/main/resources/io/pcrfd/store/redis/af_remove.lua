-- ARGV: prefix, afSessionId. Returns the session's JSON, or false when there was none.
local k = P .. 'af:' .. ARGV[2]
local cur = redis.call('HGET', k, 'd')
if not cur then return false end
redis.call('DEL', k)
redis.call('SREM', P .. 'afgx:' .. cjson.decode(cur).gxSessionId, ARGV[2])
return cur
