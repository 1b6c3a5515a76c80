"""A small PNG for logos: uploads, imports and REST payloads."""

from io import BytesIO
from PIL import Image


PNG_SIZE = (4, 4)


def png_bytes() -> bytes:
    """A ``PNG_SIZE`` image, the same bytes at each call."""
    buffer = BytesIO()
    Image.new("RGB", PNG_SIZE, (0, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()
