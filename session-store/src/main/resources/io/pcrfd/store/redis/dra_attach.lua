-- ARGV: prefix, sessionId, bindingKey, json, expiresAtMs, capable ('1' or '0')
-- Returns 1 when stored, 0 when a binding-capable session's binding is gone.
local capable = ARGV[6] == '1'
local binding = redis.call('GET', draBinding(ARGV[3]))
if capable and not binding then return 0 end
local before = redis.call('GET', draSession(ARGV[2]))
if before then
  local b = cjson.decode(before)
  if b.capable and b.bindingKey ~= ARGV[3] then draLeave(ARGV[2], b.bindingKey) end
end
redis.call('SET', draSession(ARGV[2]), ARGV[4], 'PXAT', ARGV[5])
if capable then
  redis.call('SADD', draSessions(ARGV[3]), ARGV[2])
  draExtend(draBinding(ARGV[3]), ARGV[5])
  draExtend(draSessions(ARGV[3]), ARGV[5])
  for _, a in ipairs(draAlternates(binding)) do
    if redis.call('GET', draAlt(a)) == ARGV[3] then draExtend(draAlt(a), ARGV[5]) end
  end
end
return 1
