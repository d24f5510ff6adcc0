-- ARGV: prefix, sessionId, expectedVersion ('' = any), contextKey ('' = none), contextJson,
--       retainUntilMs, contextUpdateTimeMs, closedMaxEntries
-- Removes the session and its indexes and, for a close, stores the closed context, in one
-- step. The context is a hash {t = update time ms, d = JSON}; an existing one with a later
-- update time is kept (seed 004: the last updated session is exposed). Every stored context
-- is in the sorted set P..'ctxz' scored by its retention end; past closedMaxEntries members
-- the lowest scored are popped and their contexts deleted, at most 100 per call so that a
-- lowered cap converges over several closes instead of stalling Redis in one.
-- Returns {'OK', removedJson, contextsDropped}, {'STALE', currentJson} or {'MISSING'}.
local sid = ARGV[2]
local skey = P .. 's:' .. sid
local cur = redis.call('HMGET', skey, 'v', 'd')
if not cur[1] then return {'MISSING'} end
if ARGV[3] ~= '' and cur[1] ~= ARGV[3] then return {'STALE', cur[2]} end
unindexSession(cjson.decode(cur[2]), sid)
redis.call('DEL', skey)
local dropped = 0
if ARGV[4] ~= '' then
  local t = redis.call('HGET', ARGV[4], 't')
  if not t or tonumber(t) <= tonumber(ARGV[7]) then
    redis.call('HSET', ARGV[4], 't', ARGV[7], 'd', ARGV[5])
    redis.call('PEXPIREAT', ARGV[4], ARGV[6])
    local byEnd = P .. 'ctxz'
    redis.call('ZADD', byEnd, ARGV[6], ARGV[4])
    local over = redis.call('ZCARD', byEnd) - tonumber(ARGV[8])
    if over > 0 then
      local popped = redis.call('ZPOPMIN', byEnd, math.min(over, 100))
      for i = 1, #popped, 2 do
        dropped = dropped + redis.call('DEL', popped[i])
      end
    end
  end
end
return {'OK', cur[2], dropped}
