-- KEYS: the usage hash of one owner and Monitoring-Key, then the key's four old counters
-- (usage_lib.lua). ARGV: prefix.
-- The read of a key whose HMGET found nothing (reads that find the hash stay one HMGET): the
-- hash, if it has appeared since, else the old counters of the key taken over with their expiry,
-- if a previous pcrfd left any (usage_lib.lua); otherwise it writes nothing. Returns the totals
-- t, i, o, s and the expiry x (nil when absent).
local h = KEYS[1]
if redis.call('EXISTS', h) == 0 then foldLegacyUsage(h) end
return redis.call('HMGET', h, 't', 'i', 'o', 's', 'x')
