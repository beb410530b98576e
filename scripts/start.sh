#!/usr/bin/env bash
# Installs what CRMPro needs and starts the bot on embedded defaults: web chat at
# http://localhost:${PORT:-3978}/ with the demo CRM loaded on first start (data in ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
node scripts/build-if-needed.js
# exec: the node server takes this script's process, so SIGTERM/SIGINT sent to `bash scripts/start.sh`
# (a terminal, a process manager, a container runtime) reach the server, which drains and exits.
exec node dist/src/main.js
