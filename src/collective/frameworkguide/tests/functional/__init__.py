"""Tests over HTTP: test browser, REST, Chromium, WSGI servers, RelStorage."""
