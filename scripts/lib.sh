# shellcheck shell=bash
# Shared helpers for scripts/{setup,build,serve,test}. Source it, don't run it.
#
# Sets ROOT (the repository) and puts the tools the build needs on PATH:
# ~/.cargo/bin (wasm-split-cli, wasm-bindgen) and node_modules/.bin
# (wasm-opt from binaryen): the pinned versions scripts/setup installs.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# playwright-core never downloads browsers by itself; this makes sure no
# Playwright package installed later does either. Both browsers are Debian's:
# /usr/bin/chromium (the benchmarks: the browser people run) and
# /usr/bin/chromium-headless-shell, the same Chromium built for headless use
# only, which the browser tests run in (a page costs it a third of the CPU
# time, the scarce thing on a two-core machine).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Used by the scripts that source this file.
# shellcheck disable=SC2034
{
  WASM_SPLIT_VERSION="0.2.4"
  BINARYEN_VERSION="132"
  CHROMIUM_BIN="/usr/bin/chromium"
  TEST_CHROMIUM_BIN="/usr/bin/chromium-headless-shell"
}

if [[ -t 1 ]]; then
  _B=$'\e[1m' _G=$'\e[32m' _Y=$'\e[33m' _R=$'\e[31m' _N=$'\e[0m'
else
  _B='' _G='' _Y='' _R='' _N=''
fi

step() { printf '%s==> %s%s\n' "$_B" "$*" "$_N"; }
ok() { printf '%s  ok%s %s\n' "$_G" "$_N" "$*"; }
installing() { printf '%s  installing%s %s\n' "$_Y" "$_N" "$*"; }

# die MESSAGE [HOW-TO-FIX-LINES...]: explain what failed and how to do it by hand.
die() {
  printf '%sERROR:%s %s\n' "$_R" "$_N" "$1" >&2
  shift
  if (($# > 0)); then
    printf '  To do it by hand:\n' >&2
    printf '    %s\n' "$@" >&2
  fi
  exit 1
}

# First line of `CMD --version` (empty when CMD is missing or fails).
# Debian's chromium wrapper prints shell noise on stderr: dropped.
tool_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$@" --version 2>/dev/null | head -n 1 || true
}

# The version of crate NAME recorded in Cargo.lock (first match).
lock_version() {
  awk -v name="$1" '
    $0 == "[[package]]" { in_pkg = 1; found = 0; next }
    in_pkg && $0 == "name = \"" name "\"" { found = 1; next }
    in_pkg && found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$ROOT/Cargo.lock"
}

# Run a command as root: directly when we are root, else through sudo.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    return 127
  fi
}
