-- POST one pain entry per request, with the CSRF cookie and header a browser would send.
dofile("report.lua")
dofile("owner.lua")
local token = string.rep("c", 32)
wrk.method = "POST"
wrk.body = '{"score": 3, "context": "usual", "site": "between_shoulder_blades"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "csrftoken=" .. token
wrk.headers["X-CSRFToken"] = token
