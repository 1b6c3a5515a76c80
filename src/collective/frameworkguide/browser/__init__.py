"""Classic UI views, forms and resources for visitors and editors."""
