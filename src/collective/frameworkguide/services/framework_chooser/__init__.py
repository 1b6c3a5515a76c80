"""``GET <guide>/@framework-chooser``."""
