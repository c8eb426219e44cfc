#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh build of the source.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is out of date with the source; run 'npm run build' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches a fresh build."
