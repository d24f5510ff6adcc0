-- ARGV: prefix, subscriberContextsKey, cutoffMs. Removes the subscriber's closed contexts
-- updated before the cutoff (removal by age); returns how many still existed.
local n = 0
local byEnd = P .. 'ctxz'
for _, k in ipairs(redis.call('ZRANGEBYSCORE', ARGV[2], '-inf', '(' .. ARGV[3])) do
  n = n + redis.call('DEL', k)
  redis.call('ZREM', ARGV[2], k)
  redis.call('ZREM', byEnd, k)
end
return n
