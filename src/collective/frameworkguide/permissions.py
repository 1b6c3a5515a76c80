"""The Zope permission titles the add-on's code checks, each written once.

The add-on's own permissions are declared in ``permissions.zcml`` (their ids
are used in ZCML) and granted in ``profiles/default/rolemap.xml`` and the
workflow; code checks a permission by its title, as ``api.user.has_permission``
and ``checkPermission`` expect.
"""

# Declared in permissions.zcml.
ADD_PROFILE = "collective.frameworkguide: Add Framework Profile"
REVIEW_PROFILE = "collective.frameworkguide: Review Framework Profile"

# Zope's, CMF's and plone.app.iterate's.
VIEW = "View"
MODIFY_CONTENT = "Modify portal content"
CHECK_IN = "iterate : Check in content"
