#!/usr/bin/env bash
# Debian packages the test suite needs: chromium + a CJK font (browser tests), a Java runtime
# (the PySpark test). Installs what is missing; says clearly what it could not install.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qiE 'noto.*cjk|wqy' || missing+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"; } >/tmp/system-deps.log 2>&1; then
  echo "ERROR: could not install ${missing[*]} (see /tmp/system-deps.log)." >&2
  echo "       Install them by hand: apt-get install -y ${missing[*]}" >&2
  echo "       Browser tests need /usr/bin/chromium; the Spark test needs java." >&2
  exit 1
fi
