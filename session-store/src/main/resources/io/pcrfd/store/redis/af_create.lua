-- ARGV: prefix, afSessionId, json (version 1), gxSessionId, expiresAtMs
-- Returns 1 when stored, 0 when the Session-Id is taken by a live AF session.
local k = P .. 'af:' .. ARGV[2]
if redis.call('EXISTS', k) == 1 then return 0 end
redis.call('HSET', k, 'd', ARGV[3])
expireAt(k, ARGV[5])
addToSet(P .. 'afgx:' .. ARGV[4], ARGV[2], ARGV[5])
return 1
