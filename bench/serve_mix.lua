-- wrk script for bench/serve.sh: each request is a search with snippets and facets, a
-- suggestion or a review fetch, chosen by the MODE environment variable (search|suggest|doc),
-- or all three in turn (mixed, for bench/soak.sh).
-- Words are bench/generate_reviews.py's vocabulary, so every query finds something.
local words = {"war", "city", "winter", "siege", "army", "novel", "story", "history", "family", "river",
  "soldiers", "hunger", "letters", "court", "king", "queen", "empire", "revolution", "church", "village",
  "doctor", "prison", "camp", "train", "ship", "harbour", "garden", "palace", "battle", "peace", "bread",
  "snow", "fire", "bridge", "mother", "memory", "silence", "journey", "border", "archive", "diary", "exile"}
local mode = os.getenv("MODE") or "search"
local ids = {}
local counter = 0

local function pick() return words[math.random(#words)] end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
  for id in (os.getenv("DOC_IDS") or ""):gmatch("[^\n]+") do ids[#ids + 1] = id end
end

request = function()
  counter = counter + 1
  local kind = mode
  if mode == "mixed" then kind = ({"search", "search", "suggest", "doc"})[counter % 4 + 1] end
  if kind == "suggest" then
    local word = pick()
    return wrk.format("GET", "/api/suggest?q=" .. word:sub(1, 2 + counter % 3))
  elseif kind == "doc" and #ids > 0 then
    return wrk.format("GET", "/api/doc/" .. ids[math.random(#ids)])
  end
  local query = pick()
  local shape = counter % 4
  if shape == 1 then query = query .. "+" .. pick()
  elseif shape == 2 then query = query .. "+" .. pick() .. "+" .. pick()
  elseif shape == 3 then query = "%22" .. pick() .. "+" .. pick() .. "%22" end
  return wrk.format("GET", "/api/search?q=" .. query .. "&limit=10&facets=author,decade")
end
