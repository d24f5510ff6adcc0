-- ARGV: prefix, cursor, window, limit.
-- Finds sessions whose hash Redis deleted when its TTL passed (nobody closed them in time)
-- by the members of the activity index P..'upd' left without a record: removes them from the
-- index and returns their Session-Ids, at most limit, for the owner to end.
-- Two windows of members are looked at: the oldest (ranks 0..window-1), where an expired
-- session sits whenever sessions live equally long after their last activity, and the window
-- at cursor, which moves on with every call and wraps at the end, so that lost sessions behind
-- many sessions kept without expiry are found too. Bounded: at most 2 * window lookups.
-- Returns {nextCursor, id...}.
local upd = P .. 'upd'
local cursor, window, limit = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local lost = {}

-- Removes the lost members among ranks from..from+window-1; returns how many it kept and
-- whether it reached the end of the index.
local function collect(from)
  local ids = redis.call('ZRANGE', upd, from, from + window - 1)
  local kept = 0
  for _, id in ipairs(ids) do
    if #lost >= limit then return kept, false end
    if redis.call('EXISTS', P .. 's:' .. id) == 0 then
      redis.call('ZREM', upd, id)
      lost[#lost + 1] = id
    else
      kept = kept + 1
    end
  end
  return kept, #ids < window
end

local headKept = collect(0)
-- ranks above the head moved down by what the head lost
local start = math.max(cursor - #lost, headKept)
local nextCursor = start
if #lost < limit then
  local kept, ended = collect(start)
  nextCursor = ended and 0 or start + kept
end
local out = {tostring(nextCursor)}
for _, id in ipairs(lost) do out[#out + 1] = id end
return out
