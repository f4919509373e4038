# Sourced by scripts/test and scripts/demo: installs what the project needs on a fresh machine —
# the system libraries Qt and the keyring test need (apt, when missing) and a .venv with the
# project and its server/dev extras — then puts .venv/bin first on PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

need_apt=()
command -v dbus-run-session >/dev/null || need_apt+=(dbus dbus-x11)
command -v gnome-keyring-daemon >/dev/null || need_apt+=(gnome-keyring)
command -v xvfb-run >/dev/null || need_apt+=(xvfb xauth)
lib=/usr/lib/$(uname -m)-linux-gnu
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
    libxkbcommon-x11.so.0:libxkbcommon-x11-0 libfontconfig.so.1:libfontconfig1 \
    libdbus-1.so.3:libdbus-1-3 libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
    libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
    libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1; do
  [ -e "$lib/${pair%%:*}" ] || need_apt+=("${pair##*:}")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages: ${need_apt[*]} — install them with: sudo apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -e "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[server,dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
export PATH="$root/.venv/bin:$PATH"
