-- KEYS: binding, its session set. ARGV: prefix, sessionId, expiresAtMs
-- Adds a binding-capable session and extends both keys to its expiry. Returns the binding
-- JSON, or nil when the binding is gone (the session must not be attached).
local cur = redis.call('GET', KEYS[1])
if not cur then return false end
redis.call('SADD', KEYS[2], ARGV[2])
draExtend(KEYS[1], ARGV[3])
draExtend(KEYS[2], ARGV[3])
return cur
