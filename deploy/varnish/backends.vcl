# The Zope instances behind the proxy, balanced round robin with health probes.
# One `backend` block and one `add_backend` line per instance: to scale to N
# instances, add blocks (docs/deployment.rst). `make start-cluster` and the
# tests write this file for their own ports with the same layout
# (collective.frameworkguide.tests.support.varnish.backends_vcl).

probe zope_ok {
    # Plone's @@ok answers "OK" from the Zope root without rendering a page.
    # A dead instance refuses at once: out after three probes (3 s). A busy
    # one may queue the probe behind pages being rendered: 5 s to answer.
    .url = "/@@ok";
    .interval = 1s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend instance1 {
    .host = "127.0.0.1";
    .port = "8080";
    .probe = zope_ok;
    .connect_timeout = 1s;
    .first_byte_timeout = 120s;
}

backend instance2 {
    .host = "127.0.0.1";
    .port = "8081";
    .probe = zope_ok;
    .connect_timeout = 1s;
    .first_byte_timeout = 120s;
}

sub vcl_init {
    new instances = directors.round_robin();
    instances.add_backend(instance1);
    instances.add_backend(instance2);
}
