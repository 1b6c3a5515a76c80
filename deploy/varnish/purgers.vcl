# Who may send PURGE and BAN: the Zope instances (plone.cachepurging) and
# operators on this machine. Add the instances' addresses when they run on
# other hosts (docs/deployment.rst).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}
