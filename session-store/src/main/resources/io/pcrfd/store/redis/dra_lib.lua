-- Policy DRA helpers (dra_*.lua). Every DRA script touches the keys of one slot only, given
-- in KEYS: a binding and its session set (KEYS[1] P..'dra:b:{IMSI}:APN', KEYS[2]
-- P..'dra:bs:{IMSI}:APN', one hash tag), or one alternate key. Alternate keys and session
-- records live in slots of their own and are written by separate commands after the binding
-- step (see the package documentation of io.pcrfd.store.redis: "Policy DRA on Redis Cluster").

-- A key's expiry moved to exp unless it already lives longer; a key without one gets exp.
local function draExtend(k, exp)
  local ttl = redis.call('PTTL', k)
  if ttl == -1 then
    redis.call('PEXPIREAT', k, exp)
  elseif ttl >= 0 then
    redis.call('PEXPIREAT', k, exp, 'GT')
  end
end

local function draAlternates(json)
  local keys = cjson.decode(json).alternateKeys
  if type(keys) ~= 'table' then return {} end
  return keys
end
