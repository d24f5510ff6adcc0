-- ARGV: prefix, setKey, recordKeyPrefix. The records a set index lists; members whose record
-- has expired are removed from the set on the way.
local out = {}
for _, id in ipairs(redis.call('SMEMBERS', ARGV[2])) do
  local d = redis.call('HGET', ARGV[3] .. id, 'd')
  if d then out[#out + 1] = d else redis.call('SREM', ARGV[2], id) end
end
return out
