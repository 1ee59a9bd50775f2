#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a browser here).
# Installs it when missing and we may (root); otherwise says exactly what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "安装浏览器测试所需的 Chromium（apt-get install chromium）…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "浏览器测试需要 Chromium：请先运行 sudo apt-get install -y chromium" >&2
  exit 1
fi
