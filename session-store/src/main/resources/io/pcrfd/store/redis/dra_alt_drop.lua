-- KEYS: alternate key. ARGV: prefix, bindingKey
-- Deletes the alternate key only while it still points to bindingKey (a newer binding that
-- took the key over keeps it). Returns 1 when deleted.
if redis.call('GET', KEYS[1]) == ARGV[2] then return redis.call('DEL', KEYS[1]) end
return 0
