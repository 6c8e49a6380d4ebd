-- wrk sends what veroctl bulk sends for one tag edit: a PUT of the tags body to /api/v2/users/tags/edit.
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local n = 0
request = function()
    n = n + 1
    local body = string.format('{"auth_token":"bench-token","id":"cust-%d","add":["vip"],"remove":[]}', n)
    return wrk.format(nil, "/api/v2/users/tags/edit", nil, body)
end
