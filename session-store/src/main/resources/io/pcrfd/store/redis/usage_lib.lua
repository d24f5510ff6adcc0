-- The running usage of a Monitoring-Key as a pcrfd before usage hashes kept it: four integer
-- counters, P c:MONITORING_KEY:<owner>:<key> (CC-Total-Octets) and the same name followed by
-- /input, /output and /time (the names RedisKeys.counter gives a CounterKey of scope
-- MONITORING_KEY). They share the usage hash's slot on Redis Cluster (the store's prefix
-- carries the hash tag), so a usage script moves them into the hash itself.

-- Called only when the usage hash h does not exist. When the old total counter of owner and
-- key exists, adds each old counter to its field of h and deletes it, in this script, so each
-- value moves once whichever node runs it, and gives h the latest of their expiries (PEXPIRETIME,
-- ms; a counter without TTL, which pcrfd never wrote, gives none: h then reads as absent until
-- the next add gives it an expiry, keeping what it took).
local function foldLegacyUsage(h, owner, key)
  local base = P .. 'c:MONITORING_KEY:' .. owner .. ':' .. key
  if redis.call('EXISTS', base) == 0 then return end
  local latest = -1
  for _, f in ipairs({{'', 't'}, {'/input', 'i'}, {'/output', 'o'}, {'/time', 's'}}) do
    local k = base .. f[1]
    local v = redis.call('GET', k)
    if v then
      redis.call('HINCRBY', h, f[2], v)
      latest = math.max(latest, redis.call('PEXPIRETIME', k))
      redis.call('DEL', k)
    end
  end
  if latest > 0 then
    redis.call('HSET', h, 'x', latest)
    redis.call('PEXPIREAT', h, latest)
  end
end
