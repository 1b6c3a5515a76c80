vcl 4.1;

# Varnish in front of the Zope instances of a Plone site with
# collective.frameworkguide (docs/deployment.rst).
#
# - Anonymous GET/HEAD answers are kept as long as Zope's Cache-Control
#   allows a shared cache to (plone.app.caching's s-maxage); answers without
#   Cache-Control or Expires, or with a cookie, are never kept.
# - Logged-in users (Plone's __ac cookie, plone.restapi's auth_token, HTTP
#   Authorization) and anything with a status message go straight to Zope.
# - PURGE and BAN only from the `purgers` ACL (purgers.vcl). A PURGE of a path
#   bans every cached answer for that path, whatever its query string and
#   Accept header; a PURGE of "<path>/*" or a BAN of "<path>" bans every path
#   that starts with it. plone.cachepurging sends the PURGEs
#   (collective.frameworkguide.caching.purge lists the paths).
#
# Started without systemd: varnishd -F -n <dir> -f <this file> (make start-cluster).

import directors;

include "backends.vcl";
include "purgers.vcl";

sub vcl_recv {
    unset req.http.x-frameworkguide-pass;
    set req.backend_hint = instances.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (!(client.ip ~ purgers)) {
            return (synth(403, "PURGE and BAN are not allowed from this address"));
        }
        if (req.method == "BAN" || req.url ~ "/\*$") {
            ban("obj.http.x-path ~ ^" + regsub(req.url, "\*$", ""));
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Logged in, or a message waiting for this browser: Zope answers.
    if (req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)(__ac|_ZopeId|__cp|auth_token|statusmessages)[^=]*=") {
        return (pass);
    }
    unset req.http.Cookie;

    # One cached copy per kind of answer: JSON (plone.rest) or a page.
    if (req.http.Accept ~ "application/json") {
        set req.http.Accept = "application/json";
    } else {
        unset req.http.Accept;
    }
    return (hash);
}

sub vcl_hash {
    if (req.http.Accept) {
        hash_data(req.http.Accept);
    }
}

sub vcl_pass {
    set req.http.x-frameworkguide-pass = "1";
}

sub vcl_backend_response {
    # What the bans test: the path Zope saw, without the query string.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Kept only when Zope says so: no Cache-Control and no Expires means the
    # page has no caching rule, and Varnish's default TTL must not apply.
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # While every instance is down, serve what was kept (purged answers are gone).
    set beresp.grace = 1h;
}

sub vcl_backend_error {
    # An instance died between two probes: reads try the next instance once.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (req.http.x-frameworkguide-pass) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    if (req.method == "PURGE" || req.method == "BAN") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}
