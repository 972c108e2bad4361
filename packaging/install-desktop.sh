#!/bin/sh
# Fallback Desk's launcher entry, icons and AppStream metainfo for the current user
# (XDG_DATA_HOME, by default ~/.local/share), or their removal.
#
#   sh packaging/install-desktop.sh install /absolute/path/to/fallback-desktop
#   sh packaging/install-desktop.sh uninstall
#
# From a source checkout `make install-desktop` runs it for .venv/bin/fallback-desktop; a built
# bundle carries a copy next to its program and installs the bundle when run without a path.
set -eu

APP_ID=io.github.fallbackdesk.FallbackDesk
SIZES="16 24 32 48 64 128 256 512"
DATA="${XDG_DATA_HOME:-${HOME}/.local/share}"
HERE=$(cd "$(dirname "$0")" && pwd)

if [ -d "$HERE/_internal/fallback_desktop/resources" ]; then
    RESOURCES="$HERE/_internal/fallback_desktop/resources"   # a PyInstaller bundle
    DEFAULT_EXEC="$HERE/fallback-desktop"
else
    RESOURCES="$HERE/../resources"                           # a source checkout
    DEFAULT_EXEC=""
fi

say() { printf '%s\n' "$*"; }

refresh_caches() {
    # Menus and icon themes notice new files by themselves on most desktops; these make it
    # immediate where the tools exist. Neither is needed for the entry to work.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

install_entry() {
    exec_path=$1
    case "$exec_path" in
        /*) ;;
        *) say "install-desktop: the program's path must be absolute: $exec_path" >&2; exit 2 ;;
    esac
    if [ ! -x "$exec_path" ]; then
        say "install-desktop: no program at $exec_path (run 'make run' once, or give the path)" >&2
        exit 2
    fi
    case "$exec_path" in
        *[\"\`\$\\]*) say "install-desktop: the path holds a character a launcher cannot quote: $exec_path" >&2; exit 2 ;;
    esac
    say "Installing the launcher entry for $exec_path into $DATA"
    mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
    # Exec is a command line: quoted (a path may hold spaces), "%" doubled. TryExec is a plain
    # path. Both escaped for sed ("&" and "|" mean something in a replacement).
    for_exec=$(printf '%s' "$exec_path" | sed -e 's/%/%%/g' -e 's/[&|]/\\&/g')
    for_try=$(printf '%s' "$exec_path" | sed -e 's/[&|]/\\&/g')
    sed -e "s|^Exec=fallback-desktop |Exec=\"$for_exec\" |" \
        -e "s|^TryExec=fallback-desktop\$|TryExec=$for_try|" \
        "$RESOURCES/desktop/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop.tmp"
    mv "$DATA/applications/$APP_ID.desktop.tmp" "$DATA/applications/$APP_ID.desktop"
    say "  $DATA/applications/$APP_ID.desktop"
    cp "$RESOURCES/desktop/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
    say "  $DATA/metainfo/$APP_ID.metainfo.xml"
    for size in $SIZES; do
        folder="$DATA/icons/hicolor/${size}x${size}/apps"
        mkdir -p "$folder"
        cp "$RESOURCES/icons/fallback-desk-$size.png" "$folder/$APP_ID.png"
    done
    cp "$RESOURCES/icons/fallback-desk.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    say "  $DATA/icons/hicolor/{16x16…512x512,scalable}/apps/$APP_ID.{png,svg}"
    refresh_caches
    say "Done: Fallback Desk is in the applications menu (it may take a moment to appear)."
}

uninstall_entry() {
    say "Removing the launcher entry, icons and metainfo from $DATA"
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
          "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    say "Done."
}

case "${1:-}" in
    install)
        target=${2:-$DEFAULT_EXEC}
        if [ -z "$target" ]; then
            say "usage: $0 install /absolute/path/to/fallback-desktop" >&2
            exit 2
        fi
        install_entry "$target" ;;
    uninstall) uninstall_entry ;;
    *) say "usage: $0 install [PROGRAM] | uninstall" >&2; exit 2 ;;
esac
