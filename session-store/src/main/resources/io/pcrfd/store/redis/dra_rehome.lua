-- KEYS: binding. ARGV: prefix, fromPcrf, toPcrf
-- Moves the binding to toPcrf, unconfirmed, when it still names fromPcrf (expiry kept).
-- Returns {'OK', json} when moved, {'HELD', json} when it names another PCRF, or {'MISSING'}.
local cur = redis.call('GET', KEYS[1])
if not cur then return {'MISSING'} end
local d = cjson.decode(cur)
if d.pcrfHost ~= ARGV[2] then return {'HELD', cur} end
d.pcrfHost = ARGV[3]
d.confirmed = false
local keys = draAlternates(cur)
if #keys > 0 then d.alternateKeys = keys else d.alternateKeys = nil end
local json = cjson.encode(d)
redis.call('SET', KEYS[1], json, 'KEEPTTL')
return {'OK', json}
