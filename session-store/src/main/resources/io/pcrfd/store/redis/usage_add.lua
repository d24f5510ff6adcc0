-- KEYS: the usage hash of one owner and Monitoring-Key, then the key's four old counters
-- (usage_lib.lua). ARGV: prefix, then the report's CC-Total-Octets, CC-Input-Octets,
-- CC-Output-Octets, CC-Time, then expiresAtMs.
-- Adds the four figures, records and sets the new expiry, and returns the four totals after the
-- add: one key (and, the first time, the old counters of its slot), so one script on one node of
-- a cluster, and parallel reports all add up. A hash not there yet first takes over the old
-- counters of the key, if a previous pcrfd left any (usage_lib.lua); the add's expiry then
-- replaces theirs, as it would have replaced it on the counters.
local h = KEYS[1]
if redis.call('EXISTS', h) == 0 then foldLegacyUsage(h) end
local t = redis.call('HINCRBY', h, 't', ARGV[2])
local i = redis.call('HINCRBY', h, 'i', ARGV[3])
local o = redis.call('HINCRBY', h, 'o', ARGV[4])
local s = redis.call('HINCRBY', h, 's', ARGV[5])
redis.call('HSET', h, 'x', ARGV[6])
redis.call('PEXPIREAT', h, ARGV[6])
return {t, i, o, s}
