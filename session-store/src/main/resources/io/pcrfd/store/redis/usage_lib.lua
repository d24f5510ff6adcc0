-- The running usage of a Monitoring-Key as a pcrfd before usage hashes kept it: four integer
-- counters, P c:MONITORING_KEY:<owner>:<key> (CC-Total-Octets) and the same name followed by
-- /input, /output and /time (RedisKeys.counter of a CounterKey of scope MONITORING_KEY). The
-- Java side passes their names as KEYS[2] to KEYS[5], after the usage hash in KEYS[1], so every
-- key a usage script touches is declared, as Redis requires of a script (EVAL; Redis Cluster
-- routes by them). They share the usage hash's slot on Redis Cluster (the store's prefix
-- carries the hash tag), so a usage script moves them into the hash itself.

-- Called only when the usage hash h (KEYS[1]) does not exist. When the old total counter
-- (KEYS[2]) exists, adds each old counter to its field of h and deletes it, in this script, so
-- each value moves once whichever node runs it, and gives h the latest of their expiries
-- (PEXPIRETIME, ms; a counter without TTL, which pcrfd never wrote, gives none: h then reads as
-- absent until the next add gives it an expiry, keeping what it took).
local function foldLegacyUsage(h)
  if redis.call('EXISTS', KEYS[2]) == 0 then return end
  local latest = -1
  for n, field in ipairs({'t', 'i', 'o', 's'}) do
    local k = KEYS[n + 1]
    local v = redis.call('GET', k)
    if v then
      redis.call('HINCRBY', h, field, v)
      latest = math.max(latest, redis.call('PEXPIRETIME', k))
      redis.call('DEL', k)
    end
  end
  if latest > 0 then
    redis.call('HSET', h, 'x', latest)
    redis.call('PEXPIREAT', h, latest)
  end
end
