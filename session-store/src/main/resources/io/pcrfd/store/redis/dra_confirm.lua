-- ARGV: prefix, bindingKey, alternateKey...
-- Returns {'OK', json} with the binding confirmed and the keys added, or {'MISSING'}.
local bk = draBinding(ARGV[2])
local cur = redis.call('GET', bk)
if not cur then return {'MISSING'} end
local d = cjson.decode(cur)
local keys = draAlternates(cur)
local seen = {}
for _, a in ipairs(keys) do seen[a] = true end
local ttl = redis.call('PTTL', bk)
for i = 3, #ARGV do
  local a = ARGV[i]
  if not seen[a] then keys[#keys + 1] = a; seen[a] = true end
  redis.call('SET', draAlt(a), ARGV[2])
  if ttl > 0 then redis.call('PEXPIRE', draAlt(a), ttl) end
end
d.confirmed = true
if #keys > 0 then d.alternateKeys = keys else d.alternateKeys = nil end
local json = cjson.encode(d)
redis.call('SET', bk, json, 'KEEPTTL')
return {'OK', json}
