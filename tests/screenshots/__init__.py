"""Screenshots for the README, taken of the real window on a virtual screen (`xvfb-run`)."""

import os

# Under xvfb-run, the window on the X screen: tests/conftest.py, which the scripts take their fixtures from, would
# otherwise put it on Qt's offscreen screen of 800×800 pixels.
if os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
