"""``GET <guide>/@framework-guide``."""
