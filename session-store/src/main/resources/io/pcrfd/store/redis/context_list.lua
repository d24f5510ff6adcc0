-- ARGV: prefix, subscriberContextsKey. The closed contexts (JSON) of one subscriber, newest
-- update first; members whose context expired or was dropped over the cap are removed.
local out = {}
for _, k in ipairs(redis.call('ZREVRANGE', ARGV[2], 0, -1)) do
  local d = redis.call('HGET', k, 'd')
  if d then
    out[#out + 1] = d
  else
    redis.call('ZREM', ARGV[2], k)
  end
end
return out
