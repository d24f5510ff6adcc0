-- KEYS: the usage hash of one owner and Monitoring-Key. ARGV: prefix.
-- Removes it and returns what it held: the totals t, i, o, s and the expiry x (nil when absent).
local v = redis.call('HMGET', KEYS[1], 't', 'i', 'o', 's', 'x')
redis.call('DEL', KEYS[1])
return v
