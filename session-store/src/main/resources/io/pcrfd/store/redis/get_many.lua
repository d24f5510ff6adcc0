-- ARGV: prefix, recordKeyPrefix, id... The documents of the given records that still exist.
-- Called with bounded chunks of ids so that no single call holds Redis for long.
local out = {}
for i = 3, #ARGV do
  local d = redis.call('HGET', ARGV[2] .. ARGV[i], 'd')
  if d then out[#out + 1] = d end
end
return out
