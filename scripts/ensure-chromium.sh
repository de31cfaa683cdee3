#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser downloads).
# Installs it with apt-get when it is missing and we are allowed to; otherwise says what to do.
set -euo pipefail
binary=/usr/lib/chromium/chromium
[ -x "$binary" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "ta-toolkit: installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$binary" ] && exit 0
fi
echo "ta-toolkit: the browser tests need Debian's chromium at $binary: run 'sudo apt-get install chromium'" >&2
exit 1
