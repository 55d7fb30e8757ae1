#!/usr/bin/env bash
# Serves the production build (dist/) on 127.0.0.1; Vite prints the URL.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
exec npx vite preview --host 127.0.0.1 --port "${PORT:-4173}"
