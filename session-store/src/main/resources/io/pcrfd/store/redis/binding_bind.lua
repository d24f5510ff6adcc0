-- ARGV: prefix, bindingKey, json, pcrfNode, expiresAtMs
-- Returns {'OK', json} or {'HELD', currentJson} when another node holds the binding.
local cur = redis.call('GET', ARGV[2])
if cur and cjson.decode(cur).pcrfNode ~= ARGV[4] then return {'HELD', cur} end
redis.call('SET', ARGV[2], ARGV[3])
redis.call('PEXPIREAT', ARGV[2], ARGV[5])
return {'OK', ARGV[3]}
