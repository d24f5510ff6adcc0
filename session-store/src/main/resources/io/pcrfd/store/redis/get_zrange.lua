-- ARGV: prefix, zsetKey, recordKeyPrefix, maxScore (may be exclusive: '(123'), limit.
-- Records with the lowest scores up to maxScore; stale members are removed on the way.
local out = {}
local ids = redis.call('ZRANGEBYSCORE', ARGV[2], '-inf', ARGV[4], 'LIMIT', 0, ARGV[5])
for _, id in ipairs(ids) do
  local d = redis.call('HGET', ARGV[3] .. id, 'd')
  if d then out[#out + 1] = d else redis.call('ZREM', ARGV[2], id) end
end
return out
