#!/usr/bin/env bash
# Installs what CRMPro needs and starts the bot on embedded defaults: web chat at
# http://localhost:${PORT:-3978}/ with the demo CRM loaded on first start (data in ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec npm start
