# Varnish front cache for the portal (Debian: apt-get install varnish).
#
#   readers -> nginx (TLS, deploy/nginx/) -> Varnish :6081 -> gunicorn :8001
#
# The portal says what may be kept (Cache-Control: public, s-maxage=...) and purges what
# a publication changes (FRONT_CACHE_URL=http://127.0.0.1:6081, core/front_cache.py):
#   PURGE /path   drops every cached copy of that path, whatever its query string;
#   BAN /         drops every page of the site named by the Host header.
# While gunicorn is down, pages already cached are served for a day (grace).
vcl 4.1;

import std;

backend portal {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    # Whether the portal answers (ALLOWED_HOSTS always admits localhost in production
    # settings for this probe; X-Forwarded-Proto spares it the HTTPS redirect).
    .probe = {
        .request =
            "GET /robots.txt HTTP/1.1"
            "Host: localhost"
            "X-Forwarded-Proto: https"
            "Connection: close";
        .initial = 2;
        .interval = 2s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the portal's own processes.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-portal-host == " + req.http.host);
        } else {
            ban("obj.http.x-portal-host == " + req.http.host +
                " && obj.http.x-portal-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, and anyone logged in (an editor, or a reader who opened a password-protected
    # page), always reach the portal.
    if (req.url ~ "^/admin(/|$)" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # No public page depends on a cookie: one cached copy serves everyone.
    unset req.http.Cookie;
    unset req.http.Authorization;
    if (std.healthy(req.backend_hint)) {
        # A page past its lifetime is served once more while it is fetched again.
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_backend_response {
    # What a ban compares (kept on the object, removed before delivery).
    set beresp.http.x-portal-host = bereq.http.host;
    set beresp.http.x-portal-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|ld\+json))") {
        set beresp.do_gzip = true;
    }
    # Served stale while the portal is down (Cache-Control: stale-if-error).
    set beresp.grace = 24h;
    # Varnish's built-in rules follow: nothing with Set-Cookie or Cache-Control: private,
    # no-store or no-cache is kept.
}

sub vcl_deliver {
    unset resp.http.x-portal-host;
    unset resp.http.x-portal-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
