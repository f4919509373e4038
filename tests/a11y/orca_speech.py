"""Orca with its speech captured to text, for the speech suites (ACCESSIBILITY.md, recipe §5).

Two capture channels, as the recipe describes:

* **What Orca says** — every utterance Orca sends to speech, the ``SPEECH OUTPUT: '…'`` lines
  of its debug log, in order, whether or not a later one interrupts it. The transcript is read
  from here, so it does not depend on speech timing. ``orca_launcher.py`` copies just those
  lines to a file as they are said, without Orca's full debug log, which slowed Orca down by
  seconds on 2 cores and held lines back in its buffer (``CRM_A11Y_ORCA_DEBUG=1`` writes that
  log too, for a diagnosis).
* **speech-dispatcher** with a text output module (``sd_generic`` running ``echo`` into a file
  instead of a synthesizer): proves Orca's speech reaches a speech server, as it would a
  synthesizer.

Orca runs one at a time per user (a second one refuses to start; ``--replace`` would kill
the other one, which may be someone else's): a running Orca fails the test instead.
Everything started here is stopped here, by pid. Key echo is switched off in Orca's
preferences, so typing is silent and the transcript holds what Orca says about the app.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LAUNCHER = Path(__file__).with_name("orca_launcher.py")
DEBUG = bool(os.environ.get("CRM_A11Y_ORCA_DEBUG"))
START_TIMEOUT = 40.0
QUIET = 0.35  # seconds without new speech that end a step
STEP_TIMEOUT = 15.0
_SPEECH = re.compile(r" - SPEECH OUTPUT: '(.*)'(?: voice=\w+)?(?:\{.*\})?\s*$")

# Orca's preferences: no key echo (typing stays silent); everything else is Orca's default.
PREFS = {
    "general": {
        "enableKeyEcho": False,
        "enableEchoByCharacter": False,
        "enableEchoByWord": False,
        "enableEchoBySentence": False,
        "enableTutorialMessages": False,
    },
    "profiles": {"default": {"profile": ["Default", "default"]}},
    "pronunciations": {},
    "keybindings": {},
}

SPEECHD_CONF = """\
AddModule "capture" "sd_generic" "capture.conf"
DefaultModule capture
LanguageDefaultModule "en" "capture"
AudioOutputMethod "alsa"
AudioALSADevice "null"
"""
# sd_generic puts the text, its quotes escaped, in place of $DATA and runs the line with
# /bin/sh; long texts arrive in chunks (split at sentence ends), one line each.
CAPTURE_CONF = r"""GenericExecuteSynth "echo \'$DATA\' >> {spoken}"
GenericLanguage "en" "en" "utf-8"
AddVoice "en" "MALE1" "en"
"""


def speech_lines(text: str) -> list[str]:
    """The utterances in a piece of Orca's debug log, in order."""
    out = []
    for line in text.splitlines():
        match = _SPEECH.search(line)
        if match:
            out.append(match.group(1))
    return out


def other_orcas() -> list[int]:
    """Pids of Orca processes of this user (Orca refuses to start while one runs)."""
    found = subprocess.run(
        ["pgrep", "-u", str(os.getuid()), "-x", "orca"], capture_output=True, text=True, check=False
    )
    return [int(p) for p in found.stdout.split()]


@dataclass
class Orca:
    """A running Orca and speech-dispatcher; read what was said with :meth:`said`."""

    directory: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _log_offset: int = 0
    _heard: list[str] = field(default_factory=list)

    @property
    def debug_log(self) -> Path:
        """Every utterance, one ``SPEECH OUTPUT`` line each (the transcript's source)."""
        return self.directory / "speech.log"

    @property
    def spoken_file(self) -> Path:
        """What the speech server received, one utterance a line."""
        return self.directory / "spoken.txt"

    def start(self) -> None:
        """Start speech-dispatcher, then Orca; wait until Orca has spoken its greeting."""
        if other_orcas():
            raise AssertionError(
                f"another Orca runs for this user ({other_orcas()}): screen-reader tests "
                "run one at a time"
            )
        for old in (self.debug_log, self.spoken_file):
            old.unlink(missing_ok=True)  # a fresh transcript (the launcher appends)
        speechd = self.directory / "speechd"
        (speechd / "modules").mkdir(parents=True, exist_ok=True)
        (speechd / "speechd.conf").write_text(SPEECHD_CONF)
        (speechd / "modules" / "capture.conf").write_text(
            CAPTURE_CONF.format(spoken=self.spoken_file)
        )
        prefs = self.directory / "prefs"
        prefs.mkdir(exist_ok=True)
        (prefs / "user-settings.conf").write_text(json.dumps(PREFS))
        socket = self.directory / "speechd.sock"
        self._spawn(
            "speech-dispatcher",
            [
                "speech-dispatcher",
                "--run-single",
                "--timeout",
                "0",
                "--config-dir",
                str(speechd),
                "--communication-method",
                "unix_socket",
                "--socket-path",
                str(socket),
                "--log-dir",
                str(self.directory / "speechd-log"),
                "--pid-file",
                str(self.directory / "speechd.pid"),
            ],
        )
        self._wait("speech-dispatcher's socket", socket.exists)
        env = dict(os.environ, SPEECHD_ADDRESS=f"unix_socket:{socket}")
        self._spawn(
            "orca",
            [
                "/usr/bin/python3",
                str(LAUNCHER),
                "--speech-log",
                str(self.debug_log),
                "--user-prefs",
                str(prefs),
                # Orca's full debug log, for a diagnosis only: it slows Orca down a lot.
                *(["--debug-file", str(self.directory / "orca-debug.log")] if DEBUG else []),
            ],
            env=env,
        )
        self._wait("Orca's greeting", lambda: "Screen reader on." in self._read_new_peek())
        self.said()  # start the transcript after the greeting

    def _spawn(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> None:
        log = (self.directory / f"{name}.out").open("wb")
        self.processes[name] = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.directory
        )
        log.close()

    def _wait(self, what: str, probe: object) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not probe():  # type: ignore[operator]
            for name, process in self.processes.items():
                if process.poll() is not None:
                    out = (self.directory / f"{name}.out").read_text(errors="replace")
                    raise AssertionError(f"{name} ended while waiting for {what}: {out}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def _read_new_peek(self) -> str:
        if not self.debug_log.exists():
            return ""
        with self.debug_log.open("rb") as log:
            log.seek(self._log_offset)
            return log.read().decode("utf-8", errors="replace")

    def said(self) -> list[str]:
        """Utterances logged since the last call (complete lines only)."""
        if not self.debug_log.exists():
            return []
        with self.debug_log.open("rb") as log:
            log.seek(self._log_offset)
            chunk = log.read()
        end = chunk.rfind(b"\n") + 1
        self._log_offset += end
        new = speech_lines(chunk[:end].decode("utf-8", errors="replace"))
        self._heard.extend(new)
        return new

    def settle(
        self, expect: str | None = None, quiet: float = QUIET, timeout: float = STEP_TIMEOUT
    ) -> list[str]:
        """What is said from now until ``expect`` was said (if given) and speech is quiet."""
        heard: list[str] = []
        deadline = time.monotonic() + timeout
        last_new = time.monotonic()
        while True:
            new = self.said()
            now = time.monotonic()
            if new:
                heard.extend(new)
                last_new = now
            expected = expect is None or any(expect in u for u in heard)
            if expected and now - last_new >= quiet:
                return heard
            if now > deadline:
                if expected:
                    return heard
                raise AssertionError(f"Orca never said {expect!r}; it said {heard}")
            time.sleep(0.05)

    def spoken_by_server(self) -> list[str]:
        """What speech-dispatcher passed to its output module, one utterance a line."""
        if not self.spoken_file.exists():
            return []
        return [line for line in self.spoken_file.read_text().splitlines() if line.strip()]

    def stop(self) -> None:
        """Stop Orca, then speech-dispatcher (by pid; bounded waits)."""
        for process in reversed(list(self.processes.values())):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        self.processes.clear()


def running_orca(directory: Path) -> Iterator[Orca]:
    """Orca for one test (use as a generator fixture)."""
    directory.mkdir(parents=True, exist_ok=True)
    orca = Orca(directory)
    try:
        orca.start()
        yield orca
    finally:
        orca.stop()
