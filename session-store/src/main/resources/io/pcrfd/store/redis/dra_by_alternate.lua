-- ARGV: prefix, alternateKey. Returns the binding JSON the key points to, or nil.
local bkey = redis.call('GET', draAlt(ARGV[2]))
if not bkey then return false end
return redis.call('GET', draBinding(bkey))
