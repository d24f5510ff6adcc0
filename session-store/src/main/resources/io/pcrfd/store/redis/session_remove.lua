-- ARGV: prefix, sessionId, expectedVersion ('' = any), contextKey ('' = none), contextJson,
--       retainUntilMs, contextUpdateTimeMs
-- Removes the session and its indexes and, for a close, stores the closed context, in one
-- step. The context is a hash {t = update time ms, d = JSON}; an existing one with a later
-- update time is kept (seed 004: the last updated session is exposed).
-- Returns {'OK', removedJson}, {'STALE', currentJson} or {'MISSING'}.
local sid = ARGV[2]
local skey = P .. 's:' .. sid
local cur = redis.call('HMGET', skey, 'v', 'd')
if not cur[1] then return {'MISSING'} end
if ARGV[3] ~= '' and cur[1] ~= ARGV[3] then return {'STALE', cur[2]} end
unindexSession(cjson.decode(cur[2]), sid)
redis.call('DEL', skey)
if ARGV[4] ~= '' then
  local t = redis.call('HGET', ARGV[4], 't')
  if not t or tonumber(t) <= tonumber(ARGV[7]) then
    redis.call('HSET', ARGV[4], 't', ARGV[7], 'd', ARGV[5])
    redis.call('PEXPIREAT', ARGV[4], ARGV[6])
  end
end
return {'OK', cur[2]}
