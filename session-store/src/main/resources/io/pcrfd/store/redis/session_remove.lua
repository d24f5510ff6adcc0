-- ARGV: prefix, sessionId, expectedVersion ('' = any), contextKey ('' = none), contextJson,
--       retainUntilMs, contextUpdateTimeMs, closedMaxEntries, subscriberContextsKey,
--       closedPerSubscriber
-- Removes the session and its indexes and, for a close, stores the closed context, in one
-- step. The context is a hash {t = update time ms, d = JSON}, one per session; an existing one
-- with a later update time is kept. The subscriber's sorted set (ARGV[9]) lists its context
-- keys scored by update time, for reads and removal by age; its TTL covers its longest-lived
-- member, and members whose context is gone are dropped by the reads. Past
-- closedPerSubscriber members the lowest scored (updated longest ago, possibly the one just
-- stored) are popped and their contexts deleted, so a subscriber closing sessions in a loop
-- keeps a set of the bound's size and a close costs O(log n) whatever it did before; at most
-- 100 per call, like the cap below. Every stored context
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
    local ttl = redis.call('PTTL', ARGV[9])
    redis.call('ZADD', ARGV[9], ARGV[7], ARGV[4])
    if ttl == -2 then
      redis.call('PEXPIREAT', ARGV[9], ARGV[6])
    elseif ttl >= 0 then
      redis.call('PEXPIREAT', ARGV[9], ARGV[6], 'GT')
    end
    local extra = redis.call('ZCARD', ARGV[9]) - tonumber(ARGV[10])
    if extra > 0 then
      local oldest = redis.call('ZPOPMIN', ARGV[9], math.min(extra, 100))
      for i = 1, #oldest, 2 do
        dropped = dropped + redis.call('DEL', oldest[i])
        redis.call('ZREM', byEnd, oldest[i])
      end
    end
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
