-- GET the path given on the command line; report as JSON.
dofile("report.lua")
dofile("owner.lua")
