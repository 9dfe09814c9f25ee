-- Act as the personal-mode owner: the sign-in token as a bearer header, from the environment.
local token = os.getenv("SCAPULA_TOKEN")
if token == nil or token == "" then
  error("SCAPULA_TOKEN is not set: the bench passes the server's sign-in token")
end
wrk.headers["Authorization"] = "Bearer " .. token
