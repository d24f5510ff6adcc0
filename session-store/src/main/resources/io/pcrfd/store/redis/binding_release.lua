-- ARGV: prefix, bindingKey, pcrfNode. Deletes the binding only if that node owns it.
local cur = redis.call('GET', ARGV[2])
if cur and cjson.decode(cur).pcrfNode == ARGV[3] then
  redis.call('DEL', ARGV[2])
  return 1
end
return 0
