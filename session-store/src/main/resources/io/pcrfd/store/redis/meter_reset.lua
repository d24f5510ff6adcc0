-- KEYS: meter hash. ARGV: prefix, namePrefix. Removes the meters whose name starts with
-- namePrefix ('' for all; '~' bookkeeping fields stay) and returns how many.
local n, plen = 0, string.len(ARGV[2])
for _, f in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(f, 1, 1) ~= '~' and string.sub(f, 1, plen) == ARGV[2] then
    redis.call('HDEL', KEYS[1], f)
    n = n + 1
  end
end
return n
