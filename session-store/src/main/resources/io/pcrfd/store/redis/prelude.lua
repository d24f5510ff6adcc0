-- Shared helpers, prepended to every script. ARGV[1] is always the key prefix.
-- Records are JSON documents (cjson); index keys are derived here from the document so that
-- the Java side and the script can never disagree about what a record is indexed under.
local P = ARGV[1]

-- An expiry argument is an absolute time in ms, or 'never' for a record kept until it is
-- removed (a session stored with IpCanSession.NO_EXPIRY): its keys then carry no TTL.
local function expireAt(k, exp)
  if exp == 'never' then
    redis.call('PERSIST', k)
  else
    redis.call('PEXPIREAT', k, exp)
  end
end

-- Adds id to a set index whose expiry must cover its longest-lived member: a new set gets
-- exp, an existing one is only ever extended, and a set without a TTL (it lists a member kept
-- for ever) keeps none. Stale members are removed by the reads that find them.
local function addToSet(k, id, exp)
  local ttl = redis.call('PTTL', k)
  redis.call('SADD', k, id)
  if exp == 'never' then
    redis.call('PERSIST', k)
  elseif ttl == -2 then
    redis.call('PEXPIREAT', k, exp)
  elseif ttl >= 0 then
    redis.call('PEXPIREAT', k, exp, 'GT')
  end
end

local function putUnique(k, id, exp)
  redis.call('SET', k, id)
  expireAt(k, exp)
end

local function dropUnique(k, id)
  if redis.call('GET', k) == id then redis.call('DEL', k) end
end

-- The sets of the sessions holding a session's UE IPv4 address and IPv6 prefix, in every
-- address space (APN and IP-Domain-Id); uniqueness within one space is checked by
-- addressHolder, so no key is built from APN or IP-Domain-Id text.
local function addressKeys(d)
  local keys = {}
  if d.ueIpv4 then keys[#keys + 1] = P .. 'addr4:' .. d.ueIpv4 end
  if d.ueIpv6Prefix then keys[#keys + 1] = P .. 'addr6:' .. d.ueIpv6Prefix end
  return keys
end

-- Same address space as IpCanSession.inIpDomain: the APN equal but for ASCII case (Redis runs
-- in the C locale, so string.lower folds ASCII only, as the Java side does), the IP-Domain-Id
-- equal, absent only to absent.
local function sameSpace(a, b)
  return string.lower(a.apn) == string.lower(b.apn) and a.ipDomainId == b.ipDomainId
end

-- The JSON of the live session other than sid holding one of d's UE addresses in d's address
-- space, or nil. Members whose session Redis expired are removed from the sets on the way.
local function addressHolder(d, sid)
  for _, k in ipairs(addressKeys(d)) do
    for _, h in ipairs(redis.call('SMEMBERS', k)) do
      if h ~= sid then
        local hd = redis.call('HGET', P .. 's:' .. h, 'd')
        if not hd then
          redis.call('SREM', k, h)
        elseif sameSpace(cjson.decode(hd), d) then
          return hd
        end
      end
    end
  end
  return nil
end

local function sessionIndexes(d)
  local uniq, sets = {}, addressKeys(d)
  if d.linkedSessions then
    for _, l in ipairs(d.linkedSessions) do
      uniq[#uniq + 1] = P .. 'lnk:' .. l.sessionId
      sets[#sets + 1] = P .. 'lpeer:' .. l.peer
    end
  end
  if d.imsi then sets[#sets + 1] = P .. 'sub:IMSI:' .. d.imsi .. ':' .. d.apn end
  if d.msisdn then sets[#sets + 1] = P .. 'sub:MSISDN:' .. d.msisdn .. ':' .. d.apn end
  if d.imsi then sets[#sets + 1] = P .. 'suba:IMSI:' .. d.imsi end
  if d.msisdn then sets[#sets + 1] = P .. 'suba:MSISDN:' .. d.msisdn end
  sets[#sets + 1] = P .. 'gw:' .. d.gatewayHost
  local a = d.access
  if a and a.ueLocalIp then sets[#sets + 1] = P .. 'uel:' .. a.ueLocalIp end
  if a and a.henbLocalIp then sets[#sets + 1] = P .. 'henb:' .. a.henbLocalIp end
  return uniq, sets
end

local function indexSession(d, sid, exp, upd)
  local uniq, sets = sessionIndexes(d)
  for _, k in ipairs(uniq) do putUnique(k, sid, exp) end
  for _, k in ipairs(sets) do addToSet(k, sid, exp) end
  redis.call('ZADD', P .. 'upd', upd, sid)
end

local function unindexSession(d, sid)
  local uniq, sets = sessionIndexes(d)
  for _, k in ipairs(uniq) do dropUnique(k, sid) end
  for _, k in ipairs(sets) do redis.call('SREM', k, sid) end
  redis.call('ZREM', P .. 'upd', sid)
end

local function asSet(list)
  local t = {}
  for _, k in ipairs(list) do t[k] = true end
  return t
end

-- An update moves only the index entries whose key changed; the others get the new expiry.
local function reindexSession(old, new, sid, exp, upd)
  local ou, os = sessionIndexes(old)
  local nu, ns = sessionIndexes(new)
  local nuSet, nsSet = asSet(nu), asSet(ns)
  for _, k in ipairs(ou) do if not nuSet[k] then dropUnique(k, sid) end end
  for _, k in ipairs(os) do if not nsSet[k] then redis.call('SREM', k, sid) end end
  for _, k in ipairs(nu) do putUnique(k, sid, exp) end
  for _, k in ipairs(ns) do addToSet(k, sid, exp) end
  redis.call('ZADD', P .. 'upd', upd, sid)
end

local function triggerIndexes(d)
  local i, uniq, sets = d.identification, {}, {}
  local ip = i.ueLocalIp or i.henbLocalIp
  if ip then uniq[1] = P .. 'tip:' .. ip end
  if i.henbLocalIp then sets[#sets + 1] = P .. 'thenb:' .. i.henbLocalIp end
  if i.imsi and i.apn then sets[#sets + 1] = P .. 'tsub:' .. i.imsi .. ':' .. i.apn end
  return uniq, sets
end

-- Only PENDING triggers are indexed (matched, due, exclusive per local IP).
local function indexTrigger(d, id, exp, deadline)
  if d.state ~= 'PENDING' then return end
  local uniq, sets = triggerIndexes(d)
  for _, k in ipairs(uniq) do putUnique(k, id, exp) end
  for _, k in ipairs(sets) do addToSet(k, id, exp) end
  redis.call('ZADD', P .. 'tdue', deadline, id)
end

local function unindexTrigger(d, id)
  local uniq, sets = triggerIndexes(d)
  for _, k in ipairs(uniq) do dropUnique(k, id) end
  for _, k in ipairs(sets) do redis.call('SREM', k, id) end
  redis.call('ZREM', P .. 'tdue', id)
end

local function sameFields(a, b, fields)
  for _, f in ipairs(fields) do
    if a[f] ~= b[f] then return f end
  end
  return nil
end
