-- KEYS: binding, its session set. ARGV: prefix
-- Removes both; returns the binding JSON, or nil when there was none.
local cur = redis.call('GET', KEYS[1])
redis.call('DEL', KEYS[1], KEYS[2])
return cur or false
