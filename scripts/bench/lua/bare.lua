-- The ceiling: the same JSON POST as /passwordless/start, to the bare server.
wrk.method = "POST"
wrk.path = "/passwordless/start"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"client_id":"bench","connection":"sms","phone_number":"+18880000000","send":"code"}'
