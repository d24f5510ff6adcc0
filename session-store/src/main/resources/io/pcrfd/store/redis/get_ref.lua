-- ARGV: prefix, indexKey, recordKeyPrefix. The record an index key names, or nil.
local id = redis.call('GET', ARGV[2])
if not id then return false end
return redis.call('HGET', ARGV[3] .. id, 'd')
