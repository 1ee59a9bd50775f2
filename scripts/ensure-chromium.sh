#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a browser here), and the screenshots
# need a Chinese font (without one every character renders as an empty box). Installs what is missing when we may
# (root); otherwise says exactly what to run.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk" || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "安装浏览器测试所需的 ${missing[*]}（apt-get install）…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "浏览器测试需要：sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
