#!/usr/bin/env bash
# Installs Debian packages a test needs when a fresh machine lacks them. Waits for the dpkg
# lock (another install running at the same time) instead of failing.
set -euo pipefail
sudo=()
if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
lock=(-o DPkg::Lock::Timeout=600)
"${sudo[@]}" apt-get "${lock[@]}" update -qq
"${sudo[@]}" apt-get "${lock[@]}" install -y -qq --no-install-recommends "$@" >/dev/null
