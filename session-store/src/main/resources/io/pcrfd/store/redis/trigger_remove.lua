-- ARGV: prefix, triggerId. Returns 1 when a trigger was removed.
local tkey = P .. 't:' .. ARGV[2]
local cur = redis.call('HGET', tkey, 'd')
if not cur then return 0 end
unindexTrigger(cjson.decode(cur), ARGV[2])
redis.call('DEL', tkey)
return 1
