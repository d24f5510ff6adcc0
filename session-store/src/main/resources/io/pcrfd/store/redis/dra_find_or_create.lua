-- ARGV: prefix, bindingKey, json, expiresAtMs
-- Returns {'OK', json} when stored, {'HELD', currentJson} when a live binding exists.
local cur = redis.call('GET', draBinding(ARGV[2]))
if cur then return {'HELD', cur} end
redis.call('SET', draBinding(ARGV[2]), ARGV[3], 'PXAT', ARGV[4])
for _, a in ipairs(draAlternates(ARGV[3])) do
  redis.call('SET', draAlt(a), ARGV[2], 'PXAT', ARGV[4])
end
return {'OK', ARGV[3]}
