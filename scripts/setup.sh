#!/usr/bin/env bash
# Prepares this machine to run CRMPro: Node.js 24 first on PATH, the Debian packages the tests and
# jobs need (redis-server, iproute2), and the npm dependencies. Safe to run again: it skips what is in place.
# Source it (`. scripts/setup.sh`) so the Node.js 24 PATH stays in your shell; CRMPRO_FORCE_NPM_CI=1
# reinstalls node_modules from package-lock.json.
set -euo pipefail
crmpro_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$crmpro_root/scripts/node24.sh"

crmpro_apt_packages=()
command -v redis-server >/dev/null 2>&1 || crmpro_apt_packages+=(redis-server)
# `ip` makes the network namespaces the HTTP tests send non-loopback traffic from.
command -v ip >/dev/null 2>&1 || crmpro_apt_packages+=(iproute2)
# strace: the durability test checks that every acknowledged write was fsynced first.
command -v strace >/dev/null 2>&1 || crmpro_apt_packages+=(strace)
command -v chromium >/dev/null 2>&1 || crmpro_apt_packages+=(chromium)
if [ ${#crmpro_apt_packages[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${crmpro_apt_packages[*]}" >&2
  crmpro_sudo=""
  [ "$(id -u)" -eq 0 ] || crmpro_sudo="sudo"
  $crmpro_sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $crmpro_sudo apt-get install -y -qq --no-install-recommends "${crmpro_apt_packages[@]}" >/dev/null
  # Tests start their own Redis servers; the packaged service is not needed.
  ($crmpro_sudo systemctl disable --now redis-server >/dev/null 2>&1 || true)
fi

cd "$crmpro_root"
crmpro_lock_stamp="node_modules/.package-lock.json"
# A node_modules that is a symbolic link is an install shared with another checkout (a git worktree,
# say): npm ci would empty it through the link under the other checkout's feet, so it is left alone.
if [ -L node_modules ]; then
  if [ package-lock.json -nt "$crmpro_lock_stamp" ]; then
    echo "node_modules is a link to a shared install: not reinstalling through it (run npm ci where it points)" >&2
  fi
elif [ "${CRMPRO_FORCE_NPM_CI:-0}" = "1" ] || [ ! -f "$crmpro_lock_stamp" ] || [ package-lock.json -nt "$crmpro_lock_stamp" ]; then
  echo "Installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi
cd - >/dev/null
