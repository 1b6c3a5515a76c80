"""What the tests share: users, content, clients, payloads, browsers, servers."""
