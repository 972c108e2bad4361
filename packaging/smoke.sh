#!/bin/sh
# Start a built bundle the way a new user would and check it: from an empty folder, with a clean
# environment (no venv, no PYTHONPATH, only /usr/bin:/bin on PATH), an empty profile in a temporary
# folder and a fresh X display (Xvfb). `make dist-check`; tests/packaging/test_bundle.py does the
# same checks from pytest.
#
#   sh packaging/smoke.sh [dist/fallback-desktop]
set -eu

BUNDLE=$(cd "${1:-dist/fallback-desktop}" 2>/dev/null && pwd) || {
    echo "smoke: no bundle at ${1:-dist/fallback-desktop} (run 'make dist' first)" >&2; exit 2; }
PROGRAM="$BUNDLE/fallback-desktop"
[ -x "$PROGRAM" ] || { echo "smoke: $PROGRAM is missing" >&2; exit 2; }
command -v xvfb-run >/dev/null 2>&1 || { echo "smoke: xvfb-run is needed (apt install xvfb xauth)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fallback-smoke-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run"
chmod 700 "$WORK/run"
cd "$WORK"

fresh() {
    env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=ko_KR.UTF-8 \
        FALLBACK_DESK_HOME="$WORK/profile" XDG_RUNTIME_DIR="$WORK/run" "$@"
}

echo "==> $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
echo "==> --version"
fresh "$PROGRAM" --version
echo "==> a command: recommend --json (the calendar, holidays and the text catalog)"
fresh "$PROGRAM" recommend --urgency today --context home --at 2026-11-24T10:30+09:00 --json \
    > "$WORK/recommend.json"
grep -q '"plan"' "$WORK/recommend.json"
echo "    ok, $(wc -c < "$WORK/recommend.json") bytes"
echo "==> a command: draft --format eml (templates, address and phone checks)"
fresh "$PROGRAM" --lang ko draft --to help@example.com --company 예시전자 --phone 010-0000-0000 \
    --details "탈수 중 멈춤" --format eml --output "$WORK/letter.eml"
grep -q '^X-Unsent: 1' "$WORK/letter.eml"
echo "    ok, $(wc -c < "$WORK/letter.eml") bytes"
echo "==> the window under Xvfb: plan shown, letter written, resources and translations found"
fresh xvfb-run -a -s "-screen 0 1280x800x24" "$PROGRAM" --self-test
echo "==> every check passed"
