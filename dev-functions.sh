# The set-up steps of ./dev, as functions (sourced by ./dev; tests source it to run one step).
# Expects ROOT (the checkout); sets VENV and PY from it.
: "${ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '[dev] %s\n' "$*" >&2; }

# --- system libraries (Debian/Ubuntu; elsewhere we only warn) -------------------
# libraries Qt loads even offscreen, and those a real X11 window needs
QT_LIBS="libGL.so.1:libgl1 libEGL.so.1:libegl1 libfontconfig.so.1:libfontconfig1 libglib-2.0.so.0:libglib2.0-0 libxkbcommon.so.0:libxkbcommon0 libdbus-1.so.3:libdbus-1-3"
X11_LIBS="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 libxkbcommon-x11.so.0:libxkbcommon-x11-0"

missing_packages() {
    # "lib:package" pairs -> the packages whose library the linker cache does not list. The cache is
    # read whole, once: `ldconfig -p | grep -q` under pipefail fails whenever grep has matched and
    # quit before ldconfig finished writing (SIGPIPE), and a present library looked missing.
    local pairs="$1" out="" lib pkg cache
    cache=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)
    for pair in $pairs; do
        lib=${pair%%:*}; pkg=${pair##*:}
        case "$cache" in *"$lib"*) ;; *) out="$out $pkg" ;; esac
    done
    echo "$out"
}

apt_install() {
    local pkgs="$*"
    [ -z "${pkgs// }" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "missing system libraries ($pkgs) and no apt-get here: install the equivalents with your package manager"
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "missing system packages:$pkgs — run as root: apt-get install$pkgs"; return 1; fi
    fi
    say "installing system packages:$pkgs"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
}

setup_system() {
    [ "$(uname -s)" = Linux ] || return 0
    local want
    want=$(missing_packages "$QT_LIBS")
    if [ "${1:-}" = gui ] && [ -n "${DISPLAY:-}" ]; then want="$want $(missing_packages "$X11_LIBS")"; fi
    apt_install $want
}

# --- Python virtual environment -------------------------------------------------
find_python() {
    for cand in python3.13 python3.12 python3.11 python3.10 python3; do
        if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
            command -v "$cand"; return 0
        fi
    done
    say "Python 3.10 or newer is required"; exit 2
}

setup_venv() {
    if [ ! -x "$PY" ]; then
        local base; base=$(find_python)
        say "creating virtual environment in .venv ($("$base" --version))"
        if ! "$base" -m venv "$VENV" 2>/dev/null; then
            rm -rf "$VENV"
            apt_install python3-venv
            "$base" -m venv "$VENV"
        fi
    fi
    local stamp="$VENV/.setup-stamp" want
    want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing the package and its dependencies into .venv"
        "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
        "$PY" -m pip install -q --disable-pip-version-check -e ".[dev]"
        echo "$want" > "$stamp"
    fi
}

setup_translations() {
    # .qm files are built from the .ts sources, never committed
    local ts qm
    for ts in resources/translations/*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
}

setup_bytecode() {
    # compiled modules, as pip makes for installed packages: without them every start compiles the
    # app's own modules again when PYTHONDONTWRITEBYTECODE is set (as on CI), ~20 ms before the
    # window appears. Only changed files are compiled.
    "$PY" -m compileall -q -j 0 backan_desktop >/dev/null
}

setup() { setup_system "${1:-}"; setup_venv; setup_translations; setup_bytecode; }
