-- ARGV: prefix, bindingKey. Returns 1 when the binding existed.
if draDrop(ARGV[2]) then return 1 end
return 0
