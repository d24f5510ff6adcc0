-- KEYS: meter hash, seen-reports sorted set. ARGV: prefix, reportId ('' for none), expiresAtMs,
-- seenMax, then name, delta pairs. Returns {applied (1/0), name, value, name, value, ...}.
-- The duplicate check and every add happen in this one script, so a retransmitted report
-- counts once and parallel reports from several nodes all add up.
local h, seen, id = KEYS[1], KEYS[2], ARGV[2]
local function state(applied)
  local out = {applied}
  local all = redis.call('HGETALL', h)
  for i = 1, #all, 2 do
    if string.sub(all[i], 1, 1) ~= '~' then
      out[#out + 1] = all[i]
      out[#out + 1] = all[i + 1]
    end
  end
  return out
end
if id ~= '' and redis.call('ZSCORE', seen, id) then
  return state('0')
end
for i = 5, #ARGV, 2 do
  redis.call('HINCRBY', h, ARGV[i], ARGV[i + 1])
end
if id ~= '' then
  local seq = redis.call('HINCRBY', h, '~seq', 1)
  redis.call('ZADD', seen, seq, id)
  redis.call('ZREMRANGEBYRANK', seen, 0, -(tonumber(ARGV[4]) + 1))
  redis.call('PEXPIREAT', seen, ARGV[3])
end
redis.call('PEXPIREAT', h, ARGV[3])
return state('1')
