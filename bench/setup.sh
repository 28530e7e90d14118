#!/bin/sh
# Installs the peers the benchmark compares PBM with (Debian packages):
# hledger (`hledger bal --budget`) and beancount (`bean-check`).
# Safe to re-run: it installs only what is missing, and a failure only means
# `npm run bench` skips that peer with a note.
set -u
missing=""
command -v hledger >/dev/null 2>&1 || missing="$missing hledger"
command -v bean-check >/dev/null 2>&1 || missing="$missing beancount"
if [ -z "$missing" ]; then
    echo "bench/setup.sh: peers already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "bench/setup.sh: apt-get not available; install$missing by hand to compare with peers" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "bench/setup.sh: not root and no sudo; install$missing by hand to compare with peers" >&2
        exit 0
    fi
fi
$SUDO apt-get update -qq >/dev/null 2>&1 || true
# shellcheck disable=SC2086
if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null 2>&1; then
    echo "bench/setup.sh: could not install$missing; the benchmark will skip it" >&2
fi
exit 0
