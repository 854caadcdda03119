"""Run one child process and measure it: wall time, CPU time, peak RSS, pages written."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

_WRITING = re.compile(r"^writing output\.\.\. \[\s*\d+%\] (.+)$", re.MULTILINE)
_READING = re.compile(r"^reading sources\.\.\. \[\s*\d+%\] (.+)$", re.MULTILINE)
_WARNING = re.compile(r"WARNING: (.*)$", re.MULTILINE)


@dataclass
class Measurement:
    step: str
    command: list[str]
    wall_s: float
    user_s: float
    sys_s: float
    max_rss_mib: float  # ru_maxrss of the child, or of its largest waited-for descendant
    exit_code: int
    pages_written: int | None = None  # HTML files created or modified by the build
    written_log: int | None = None  # "writing output... [ n%] x" lines (chunks with -j)
    docs_read: int | None = None  # "reading sources... [ n%] x" lines
    warnings: int = 0
    warning_samples: list[str] = field(default_factory=list)
    load_before: float = 0.0
    load_after: float = 0.0
    log: str = ""
    extra: dict[str, object] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["cpu_s"] = round(self.cpu_s, 3)
        for key in ("wall_s", "user_s", "sys_s", "max_rss_mib"):
            data[key] = round(float(data[key]), 3)
        return data


# The pre-pass reports its own duration: "briefing: 1001 articles, ... in 5.2 s".
_PREPASS = re.compile(r"^briefing: \d+ articles, .* in ([\d.]+) s$", re.M)
# Phase boundaries of a Sphinx build, by the first line that starts with each marker.
_MARKERS = (
    ("prepass_done", "briefing: "),
    ("read", "reading sources..."),
    ("read_done", "looking for now-outdated files"),
    ("write", "writing output... ["),
    ("indices", "generating indices"),
)


def phases(stamped: list[tuple[float, str]], wall: float) -> dict[str, float]:
    """Seconds spent in each phase of a Sphinx build, from the lines it prints.

    A phase runs from its marker to the next marker present: ``startup`` (interpreter,
    Sphinx, extensions, loading the pickled environment and, with the extension, the whole
    briefing pre-pass), ``post_prepass`` (stubs, finding outdated pages), ``read``, ``resolve``
    (env-updated, pickling, consistency, preparing, assets), ``write`` (the pages) and
    ``finish`` (indices, search index, inventory, exit). ``run`` adds ``prepass``, the
    pre-pass's own seconds (inside ``startup``), from the line the extension prints.
    """
    seen: dict[str, float] = {"startup": 0.0}
    for at, line in stamped:
        for name, marker in _MARKERS:
            if name not in seen and line.startswith(marker):
                seen[name] = at
    bounds = sorted(
        (at, label)
        for name, label in (
            ("startup", "startup"),
            ("prepass_done", "post_prepass"),
            ("read", "read"),
            ("read_done", "resolve"),
            ("write", "write"),
            ("indices", "finish"),
        )
        if (at := seen.get(name)) is not None
    )
    out: dict[str, float] = {}
    for (at, label), (until, _) in zip(bounds, [*bounds[1:], (wall, "")], strict=True):
        out[label] = round(until - at, 3)
    return out


def html_snapshot(outdir: Path) -> dict[str, int]:
    """mtime (ns) of every HTML page in ``outdir``."""
    if not outdir.is_dir():
        return {}
    return {str(p.relative_to(outdir)): p.stat().st_mtime_ns for p in outdir.rglob("*.html")}


def run(
    step: str,
    command: list[str],
    log_path: Path,
    cwd: Path,
    html_dir: Path | None = None,
    env: dict[str, str] | None = None,
) -> Measurement:
    """Run ``command`` to completion; its stdout goes to ``log_path``, stderr beside it."""
    before = html_snapshot(html_dir) if html_dir else {}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("PYTHONHASHSEED", "0")
    child_env["NO_COLOR"] = "1"
    load_before = os.getloadavg()[0]
    child_env["PYTHONUNBUFFERED"] = "1"  # so each line is timestamped when it is printed
    err_path = log_path.with_suffix(".err")
    stamped: list[tuple[float, str]] = []
    with log_path.open("w", encoding="utf-8") as log, err_path.open("w", encoding="utf-8") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.PIPE, stderr=err, env=child_env, text=True
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            now = time.perf_counter() - start
            stamped.append((now, line.rstrip("\n")))
            log.write(f"{now:9.3f} {line}")
        proc.stdout.close()
        # wait4 reaps the child and reports its own usage plus that of the descendants it
        # waited for (the -j worker processes); ru_maxrss is the largest single process.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = "\n".join(line for _, line in stamped)
    warnings = _WARNING.findall(err_path.read_text(encoding="utf-8", errors="replace"))
    result = Measurement(
        step=step,
        command=command,
        wall_s=wall,
        user_s=usage.ru_utime,
        sys_s=usage.ru_stime,
        max_rss_mib=usage.ru_maxrss / 1024,  # kilobytes on Linux
        exit_code=proc.returncode,
        written_log=len(_WRITING.findall(text)),
        docs_read=len(_READING.findall(text)),
        warnings=len(warnings),
        warning_samples=sorted(set(warnings))[:8],
        load_before=load_before,
        load_after=os.getloadavg()[0],
        log=str(log_path),
    )
    result.phases = phases(stamped, wall)
    prepass = _PREPASS.search(text)
    if prepass is not None:  # the pre-pass's own time, within "startup"
        result.phases["prepass"] = float(prepass.group(1))
    if html_dir is not None:
        after = html_snapshot(html_dir)
        result.pages_written = sum(1 for page, mtime in after.items() if before.get(page) != mtime)
    return result
