-- ARGV: prefix, counterKey, delta, expiresAtMs. Returns the new value.
local v = redis.call('INCRBY', ARGV[2], ARGV[3])
redis.call('PEXPIREAT', ARGV[2], ARGV[4])
return v
