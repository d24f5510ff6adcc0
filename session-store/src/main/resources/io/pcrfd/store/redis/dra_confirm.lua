-- KEYS: binding. ARGV: prefix, alternateKey...
-- Returns {'OK', json, pttl} with the binding confirmed and the keys listed in it, or
-- {'MISSING'}. The caller then points each alternate key at the binding for pttl ms.
local cur = redis.call('GET', KEYS[1])
if not cur then return {'MISSING'} end
local d = cjson.decode(cur)
local keys = draAlternates(cur)
local seen = {}
for _, a in ipairs(keys) do seen[a] = true end
for i = 2, #ARGV do
  local a = ARGV[i]
  if not seen[a] then keys[#keys + 1] = a; seen[a] = true end
end
d.confirmed = true
if #keys > 0 then d.alternateKeys = keys else d.alternateKeys = nil end
local json = cjson.encode(d)
redis.call('SET', KEYS[1], json, 'KEEPTTL')
return {'OK', json, tostring(redis.call('PTTL', KEYS[1]))}
