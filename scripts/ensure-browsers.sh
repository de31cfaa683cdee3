#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core) and Debian's firefox-esr (puppeteer-core over
# WebDriver BiDi), and take screenshots with Chinese text, which needs a CJK font. No browser is ever
# downloaded: what is missing is installed with apt-get when we are root; otherwise this says what to do.
set -euo pipefail
missing() {
  [ -x /usr/lib/chromium/chromium ] || echo chromium
  [ -x /usr/lib/firefox-esr/firefox-esr ] || echo firefox-esr
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || echo fonts-wqy-microhei
}
packages=$(missing)
[ -z "$packages" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "ta-toolkit: installing Debian's" $packages "for the browser tests…" >&2
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
  packages=$(missing)
  [ -z "$packages" ] && exit 0
fi
echo "ta-toolkit: the browser tests need Debian's" $packages": run 'sudo apt-get install" $packages"'" >&2
exit 1
