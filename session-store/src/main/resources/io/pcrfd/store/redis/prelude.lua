-- Shared helpers, prepended to every script. ARGV[1] is always the key prefix.
-- Records are JSON documents (cjson); index keys are derived here from the document so that
-- the Java side and the script can never disagree about what a record is indexed under.
local P = ARGV[1]

-- Set an index key's expiry to at least exp (ms): never shorten it, since other records
-- listed in the same set may live longer. A key without expiry gets one.
local function extend(k, exp)
  if redis.call('PTTL', k) == -1 then
    redis.call('PEXPIREAT', k, exp)
  else
    redis.call('PEXPIREAT', k, exp, 'GT')
  end
end

local function putUnique(k, id, exp)
  redis.call('SET', k, id)
  redis.call('PEXPIREAT', k, exp)
end

local function dropUnique(k, id)
  if redis.call('GET', k) == id then redis.call('DEL', k) end
end

local function sessionIndexes(d)
  local uniq, sets = {}, {}
  if d.ueIpv4 then uniq[#uniq + 1] = P .. 'ip4:' .. d.ueIpv4 end
  if d.ueIpv6Prefix then uniq[#uniq + 1] = P .. 'ip6:' .. d.ueIpv6Prefix end
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
  for _, k in ipairs(sets) do
    redis.call('SADD', k, sid)
    extend(k, exp)
  end
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
  for _, k in ipairs(ns) do
    redis.call('SADD', k, sid)
    extend(k, exp)
  end
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
  for _, k in ipairs(sets) do
    redis.call('SADD', k, id)
    extend(k, exp)
  end
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
