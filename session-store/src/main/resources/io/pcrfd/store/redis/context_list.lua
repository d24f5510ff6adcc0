-- ARGV: prefix, subscriberContextsKey, closedPerSubscriber. The subscriber's newest closed
-- contexts (JSON), at most closedPerSubscriber, newest update first; members whose context
-- expired or was dropped over the cap are removed on the way. Reads a page of the bound at a
-- time, so a set left longer by a bound lowered since is still read in O(bound).
local want = tonumber(ARGV[3])
local out = {}
local from = 0
while #out < want do
  local page = redis.call('ZREVRANGE', ARGV[2], from, from + want - 1)
  if #page == 0 then break end
  local gone = 0
  for _, k in ipairs(page) do
    local d = redis.call('HGET', k, 'd')
    if not d then
      redis.call('ZREM', ARGV[2], k)
      gone = gone + 1
    elseif #out < want then
      out[#out + 1] = d
    end
  end
  from = from + #page - gone
end
return out
