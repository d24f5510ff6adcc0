-- ARGV: prefix, zsetKey, recordKeyPrefix, batch. Removes up to batch lowest-scored members
-- whose record has expired; returns how many. Bounded so one call never stalls Redis.
local n = 0
for _, id in ipairs(redis.call('ZRANGE', ARGV[2], 0, tonumber(ARGV[4]) - 1)) do
  if redis.call('EXISTS', ARGV[3] .. id) == 0 then
    redis.call('ZREM', ARGV[2], id)
    n = n + 1
  end
end
return n
