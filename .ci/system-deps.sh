#!/usr/bin/env bash
# Installs the Debian packages mapviewer needs, only where they are missing.
# As root it runs apt-get; otherwise it prints the exact command and fails.
# Usage: system-deps.sh [offscreen|xcb]
set -euo pipefail
want=(python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
# Debian 13 renamed the glib package.
if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then want+=(libglib2.0-0t64); else want+=(libglib2.0-0); fi
if [ "${1:-offscreen}" = "xcb" ]; then
  want+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
fi
command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian system; install Qt's runtime libraries (libGL, libEGL, fontconfig, xkbcommon, glib, dbus) yourself" >&2; exit 0; }
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  $cmd
else
  echo "system-deps: missing Debian packages. Run as root:" >&2
  echo "  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
