-- ARGV: prefix, sessionId, expectedVersion ('' = any), contextKey ('' = none), contextJson,
--       retainUntilMs
-- Removes the session and its indexes and, for a close, stores the closed context, in one
-- step. Returns {'OK', removedJson}, {'STALE', currentJson} or {'MISSING'}.
local sid = ARGV[2]
local skey = P .. 's:' .. sid
local cur = redis.call('HMGET', skey, 'v', 'd')
if not cur[1] then return {'MISSING'} end
if ARGV[3] ~= '' and cur[1] ~= ARGV[3] then return {'STALE', cur[2]} end
unindexSession(cjson.decode(cur[2]), sid)
redis.call('DEL', skey)
if ARGV[4] ~= '' then
  redis.call('SET', ARGV[4], ARGV[5])
  redis.call('PEXPIREAT', ARGV[4], ARGV[6])
end
return {'OK', cur[2]}
