-- ARGV: prefix, zsetKey, recordKeyPrefix, maxScore (may be exclusive: '(123'), limit, dropStale.
-- Records with the lowest scores up to maxScore. Members whose record has expired are skipped,
-- and removed on the way when dropStale is '1'; the session activity index keeps them for
-- session_take_lost, which hands them over.
local out = {}
local ids = redis.call('ZRANGEBYSCORE', ARGV[2], '-inf', ARGV[4], 'LIMIT', 0, ARGV[5])
for _, id in ipairs(ids) do
  local d = redis.call('HGET', ARGV[3] .. id, 'd')
  if d then
    out[#out + 1] = d
  elseif ARGV[6] == '1' then
    redis.call('ZREM', ARGV[2], id)
  end
end
return out
