# Runs inside `xvfb-run … dbus-run-session` (see scripts/a11y): a window manager (without one
# no window is activated and focus never arrives), the AT-SPI bus, then pytest on tests/a11y
# with .venv-a11y. Everything started here is stopped here, by pid.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
run_dir=$(mktemp -d /tmp/crm-a11y-XXXXXX)
export CRM_A11Y_RUN_DIR=$run_dir

# xvfb-run may hand over before the server accepts clients (seen under `timeout`): wait for it.
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if ! xdpyinfo >/dev/null 2>&1; then
  echo "inner.sh: the X server on $DISPLAY does not answer" >&2
  exit 1
fi
openbox --sm-disable >"$run_dir/openbox.log" 2>&1 &
openbox_pid=$!
for _ in $(seq 100); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
  sleep 0.1
done
if ! kill -0 "$openbox_pid" 2>/dev/null; then
  echo "inner.sh: openbox did not start: $(cat "$run_dir/openbox.log")" >&2
  exit 1
fi
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1 \
  >"$run_dir/at-spi.log" 2>&1 &
bus_pid=$!
for _ in $(seq 100); do
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb CRM_A11Y_STACK=1
# gi (pyatspi, dogtail) imports through a legacy importer: not ours to fix.
.venv-a11y/bin/python -m pytest tests/a11y -p no:cacheprovider -W ignore::ImportWarning "$@"
rc=$?

kill "$openbox_pid" "$bus_pid" 2>/dev/null
wait "$openbox_pid" "$bus_pid" 2>/dev/null
if [ -n "${CRM_A11Y_KEEP:-}" ]; then
  echo "inner.sh: run directory kept: $run_dir"
else
  rm -rf "$run_dir"
fi
exit "$rc"
