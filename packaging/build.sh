#!/usr/bin/env bash
# Build the packaged app from a clean clone on Linux:  packaging/build.sh [build.py options]
#
#   1. ./dev setup — the system libraries Qt needs, .venv with the package, compiled translations
#   2. the build extra (PyInstaller) into .venv
#   3. packaging/build.py — binutils (apt-get when missing and root), translations, PyInstaller with
#      packaging/backan-desktop.spec into dist/backan-desktop/, the fresh bundle's --self-test
#      (offscreen), and its size with the 15 biggest files.
#
# Exit code 0 when the bundle was built and passed its self-test. Windows/macOS: run
# packaging/build.py with the project's virtual environment (see packaging/README-packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./dev setup
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[build]'
exec .venv/bin/python packaging/build.py "$@"
