"""The app's one reverse-DNS id, in a module of its own: the window's start reads it without the
launch module (gui/launch.py) and what that imports."""

# The .desktop file's name, the AppStream id, the icon's name and
# QGuiApplication.setDesktopFileName (Wayland matches the window to its launcher by it).
APP_ID = "io.github.fallbackdesk.FallbackDesk"
