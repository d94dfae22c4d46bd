-- wrk script for bench/serve.sh: each request is a search with snippets and facets, a
-- suggestion or a review fetch, chosen by the MODE environment variable (search|suggest|doc),
-- or all three in turn (mixed, for bench/soak.sh).
-- Words are bench/query_words.txt (QUERY_WORDS names another file), words of
-- bench/generate_reviews.py's, so every query finds something; bench/search_latency --mix http
-- runs the same words in-process.
local words = {}
for word in io.lines(os.getenv("QUERY_WORDS") or "bench/query_words.txt") do
  if word ~= "" then words[#words + 1] = word end
end
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
