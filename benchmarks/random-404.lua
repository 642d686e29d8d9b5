-- wrk script: every request asks for a career that does not exist, as bots probing a site do:
-- /careers/ followed by one to four random words of three to nine letters, joined by hyphens.
local letters = "abcdefghijklmnopqrstuvwxyz"
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)

local function word()
  local w = {}
  for i = 1, math.random(3, 9) do
    local k = math.random(1, #letters)
    w[i] = letters:sub(k, k)
  end
  return table.concat(w)
end

request = function()
  local words = {}
  for i = 1, math.random(1, 4) do words[i] = word() end
  return wrk.format("GET", "/careers/" .. table.concat(words, "-"))
end
