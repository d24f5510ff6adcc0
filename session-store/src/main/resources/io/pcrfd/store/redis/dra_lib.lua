-- Policy DRA helpers (dra_*.lua). Keys: P..'dra:b:'..bindingKey (binding JSON),
-- P..'dra:bs:'..bindingKey (set of its binding-capable Session-Ids), P..'dra:alt:'..key
-- (alternate key -> bindingKey), P..'dra:s:'..Session-Id (session JSON).
local function draBinding(bkey) return P .. 'dra:b:' .. bkey end
local function draSessions(bkey) return P .. 'dra:bs:' .. bkey end
local function draAlt(a) return P .. 'dra:alt:' .. a end
local function draSession(sid) return P .. 'dra:s:' .. sid end

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

-- Removes a binding, its session set and the alternate keys that still point to it.
local function draDrop(bkey)
  local cur = redis.call('GET', draBinding(bkey))
  redis.call('DEL', draBinding(bkey), draSessions(bkey))
  if not cur then return false end
  for _, a in ipairs(draAlternates(cur)) do
    if redis.call('GET', draAlt(a)) == bkey then redis.call('DEL', draAlt(a)) end
  end
  return true
end

-- Takes a session out of its binding; true when that was the last one and the binding went.
local function draLeave(sid, bkey)
  if redis.call('SREM', draSessions(bkey), sid) == 0 then return false end
  if redis.call('SCARD', draSessions(bkey)) > 0 then return false end
  draDrop(bkey)
  return true
end
