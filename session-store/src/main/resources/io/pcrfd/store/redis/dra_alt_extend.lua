-- KEYS: alternate key. ARGV: prefix, bindingKey, expiresAtMs
-- Extends the alternate key to expiresAtMs while it still points to bindingKey.
if redis.call('GET', KEYS[1]) == ARGV[2] then draExtend(KEYS[1], ARGV[3]); return 1 end
return 0
