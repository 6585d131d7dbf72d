#!/bin/sh
# Install Debian packages the project needs (run as root, or with sudo available).
#   npm      -> nodejs and npm, for the front-end assets
#   chromium -> the headless browser used by the browser tests and screenshots
set -eu
pkgs=""
for want in "$@"; do
  case "$want" in
    npm) command -v npm >/dev/null 2>&1 || pkgs="$pkgs nodejs npm" ;;
    chromium) test -x /usr/bin/chromium || pkgs="$pkgs chromium" ;;
    *) echo "install_system_packages.sh: unknown package group '$want'" >&2; exit 2 ;;
  esac
done
[ -z "$pkgs" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $pkgs
