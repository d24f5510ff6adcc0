-- KEYS: the usage hash of one owner and Monitoring-Key, then the key's four old counters
-- (usage_lib.lua). ARGV: prefix.
-- Removes it and returns what it held: the totals t, i, o, s and the expiry x (nil when absent).
-- A hash not there yet first takes over the old counters of the key (usage_lib.lua), so that a
-- reset removes them too instead of leaving them for the next add.
local h = KEYS[1]
if redis.call('EXISTS', h) == 0 then foldLegacyUsage(h) end
local v = redis.call('HMGET', h, 't', 'i', 'o', 's', 'x')
redis.call('DEL', h)
return v
