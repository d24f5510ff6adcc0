-- ARGV: prefix, triggerId, json, expiresAtMs, deadlineMs
-- Returns {'OK', json} or {'HELD', holderJson} (same id, or a PENDING trigger for the same
-- local IP).
local id, doc = ARGV[2], ARGV[3]
local tkey = P .. 't:' .. id
local cur = redis.call('HGET', tkey, 'd')
if cur then return {'HELD', cur} end
local d = cjson.decode(doc)
local ip = d.identification.ueLocalIp or d.identification.henbLocalIp
if ip then
  local h = redis.call('GET', P .. 'tip:' .. ip)
  if h then
    local hd = redis.call('HGET', P .. 't:' .. h, 'd')
    if hd and cjson.decode(hd).state == 'PENDING' then return {'HELD', hd} end
  end
end
redis.call('HSET', tkey, 'v', '1', 'd', doc)
redis.call('PEXPIREAT', tkey, ARGV[4])
indexTrigger(d, id, ARGV[4], ARGV[5])
return {'OK', doc}
