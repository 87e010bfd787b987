"""Measures taskwarrior and calcurse on 16,000 records, as vlgcoach-benchmark measures
vlgcoach (see Sources/vlgcoach-benchmark), and prints a Markdown table for BENCHMARKS.md.

Everything runs in a fresh temporary folder: HOME, TASKRC, TASKDATA and calcurse's data
folder point there, so no one's own tasks, calendar or vlgcoach store is read or written.
Run it through compare.sh, which installs the two programs when they are missing.
"""

import argparse
import datetime
import fcntl
import json
import math
import os
import select
import shutil
import signal
import struct
import subprocess
import tempfile
import termios
import time
import uuid

RECORDS = 16_000
WIDTH, HEIGHT = 120, 40
QUIET = 0.200  # a frame is complete when nothing arrives for this long
LIMIT = 60.0  # give up waiting for a first frame after this long
TASK_FLAGS = ["rc.verbose=nothing", "rc.gc=off", "rc.confirmation=off", "rc.hooks=off"]


def median(values):
    return percentile(values, 50)


def percentile(values, rank):
    """Nearest rank, as Samples.percentile: with fewer than 100 samples p99 is the slowest."""
    ordered = sorted(values)
    position = math.ceil(rank / 100 * len(ordered)) - 1
    return ordered[min(max(position, 0), len(ordered) - 1)]


def environment(home):
    # As RealBinary.environment, but with a temporary HOME. nl_BE.UTF-8 only if installed:
    # otherwise ncurses programs would fall back to ASCII and draw something else.
    installed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    lang = "nl_BE.UTF-8" if any(n.lower() in ("nl_be.utf8", "nl_be.utf-8") for n in installed) \
        else "C.UTF-8"
    return {"TERM": "xterm-256color", "LANG": lang, "HOME": home,
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "TZ": os.environ.get("TZ", "Europe/Brussels")}


def wall_time(command, env):
    """Runs `command` to its end, output thrown away; seconds from spawn to exit."""
    start = time.monotonic()
    status = subprocess.run(command, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    elapsed = time.monotonic() - start
    if status not in (0, 1):  # `vlgcoach check` exits 1 when it finds problems
        raise SystemExit(f"{' '.join(command)} exited with {status}")
    return elapsed


def first_frame(command, env):
    """Spawns `command` on a new WIDTH×HEIGHT pseudo-terminal and returns the seconds from
    the spawn to the last byte before the first QUIET gap (its first complete frame)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))

    def controlling_terminal():
        # Runs in the child after setsid (start_new_session) and after stdin became the
        # slave: make the pty its controlling terminal, as a terminal emulator would.
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    started = time.monotonic()
    child = subprocess.Popen(command, env=env, stdin=slave, stdout=slave, stderr=slave,
                             start_new_session=True, preexec_fn=controlling_terminal)
    os.close(slave)
    last_byte, received = started, 0
    while time.monotonic() - started < LIMIT:
        ready, _, _ = select.select([master], [], [], 0.005)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the program ended and closed the terminal
                chunk = b""
            if not chunk:
                break
            last_byte, received = time.monotonic(), received + len(chunk)
        elif received and time.monotonic() - last_byte >= QUIET:
            break
    end(child, master)
    if not received:
        raise SystemExit(f"{' '.join(command)} drew nothing in {LIMIT:.0f} s")
    return last_byte - started


def end(child, master):
    """`q` first (a clean quit), then SIGTERM, then SIGKILL; reaps the child."""
    for action in (lambda: os.write(master, b"q"), child.terminate, child.kill):
        try:
            action()
        except OSError:
            pass
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and child.poll() is None:
            # Keep reading, so a program writing its goodbye never blocks on a full pty.
            if select.select([master], [], [], 0.01)[0]:
                try:
                    os.read(master, 65536)
                except OSError:
                    pass
        if child.poll() is not None:
            break
    child.wait()
    os.close(master)


def make_tasks(root, env):
    """16,000 pending tasks, imported in one go; returns the count taskwarrior reports."""
    data = os.path.join(root, "task")
    os.makedirs(data)
    rc = os.path.join(root, "taskrc")
    with open(rc, "w") as f:
        f.write(f"data.location={data}\nconfirmation=off\nnews.version=2.6.2\n")
    env.update(TASKRC=rc, TASKDATA=data)
    today = datetime.datetime.now(datetime.timezone.utc).replace(hour=12, minute=0, second=0,
                                                                 microsecond=0)
    entry = today.strftime("%Y%m%dT%H%M%SZ")
    tasks = []
    for n in range(RECORDS):
        meeting, item = divmod(n, 8)
        due = today + datetime.timedelta(days=n * 730 // RECORDS)  # two years of due dates
        tasks.append({"uuid": str(uuid.uuid4()), "status": "pending", "entry": entry,
                      "description": f"Afspraak {item + 1} van bijeenkomst {meeting + 1}: "
                                     "lesmateriaal uitproberen",
                      "project": f"VLG{meeting % 200 + 1}",
                      "due": due.strftime("%Y%m%dT%H%M%SZ")})
    path = os.path.join(root, "tasks.json")
    with open(path, "w") as f:
        json.dump(tasks, f)
    subprocess.run(["task", *TASK_FLAGS, "import", path], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    count = subprocess.run(["task", *TASK_FLAGS, "count", "status:pending"], env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    return int(count)


def make_appointments(root, env):
    """16,000 appointments over three years around today, written in calcurse's own `apts`
    format (month/day/year); returns the count calcurse reads back."""
    data = os.path.join(root, "calcurse")
    os.makedirs(data)
    first = datetime.date.today() - datetime.timedelta(days=548)
    with open(os.path.join(data, "apts"), "w") as f:
        for n in range(RECORDS):
            day = (first + datetime.timedelta(days=n * 1096 // RECORDS)).strftime("%m/%d/%Y")
            hour = 8 + n % 12
            f.write(f"{day} @ {hour:02}:00 -> {day} @ {hour + 1:02}:30 "
                    f"|Bijeenkomst VLG Handel {n + 1}\n")
    # `q` quits at once, and nothing is written back between runs (the defaults are a
    # "really quit?" prompt and saving on quit).
    with open(os.path.join(data, "conf"), "w") as f:
        f.write("general.confirmquit=no\ngeneral.autosave=no\n")
    # -G prints every appointment in the apts format, one a line.
    dump = subprocess.run(["calcurse", "-D", data, "-C", data, "-G", "--filter-type", "apt"],
                          env=env, check=True, capture_output=True, text=True).stdout
    return data, len(dump.splitlines())


def version(command, env):
    return subprocess.run(command, env=env, capture_output=True, text=True).stdout \
        .splitlines()[0].strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vlgcoach", help="the release binary of vlgcoach")
    parser.add_argument("--archive", help="the stress store folder (copied, never written)")
    parser.add_argument("--runs", type=int, default=10)
    options = parser.parse_args()
    if bool(options.vlgcoach) != bool(options.archive):
        parser.error("--vlgcoach and --archive go together")

    rows = []

    def measure(program, what, data, sample, warm_up=True):
        if warm_up:  # unmeasured: brings the files into the page cache, as the benchmark does
            sample()
        times = [sample() * 1000 for _ in range(options.runs)]
        rows.append((program, what, data, median(times), percentile(times, 99)))

    with tempfile.TemporaryDirectory(prefix="vlgcoach-compare-") as root:
        home = os.path.join(root, "home")
        os.makedirs(home)
        env = environment(home)

        tasks = make_tasks(root, env)
        print(f"taskwarrior: {tasks} pending tasks loaded (task count status:pending)")
        data_dir, appointments = make_appointments(root, env)
        print(f"calcurse: {appointments} appointments loaded (calcurse -G --filter-type apt)")

        for report in ("list", "next"):
            measure("taskwarrior", f"`task {report}` (whole command, output to /dev/null)",
                    f"{tasks} pending tasks",
                    lambda: wall_time(["task", *TASK_FLAGS, report], env))
        measure("calcurse", f"start to the first frame (pty, {WIDTH}×{HEIGHT})",
                f"{appointments} appointments",
                lambda: first_frame(["calcurse", "-D", data_dir, "-C", data_dir], env))

        if options.vlgcoach:
            binary = os.path.abspath(options.vlgcoach)
            # vlgcoach writes to its store: measure a copy, made once and used for every run.
            store = os.path.join(root, "store")
            shutil.copytree(options.archive, store)
            # The sizes as vlgcoach sees them: one file per community, one row per open
            # agreement under a header line.
            opened = subprocess.run([binary, "agreement", "list", "--open", "--store", store],
                                    env=env, check=True, capture_output=True, text=True).stdout
            agreements = len(opened.splitlines()) - 1
            communities = len(os.listdir(os.path.join(store, "communities")))
            data = f"stress archive: {communities} communities, {agreements} open agreements"
            print(f"vlgcoach: {communities} communities, {agreements} open agreements loaded "
                  "(rows of `agreement list --open`)")
            measure("vlgcoach", f"start to the first frame (pty, {WIDTH}×{HEIGHT})", data,
                    lambda: first_frame([binary, "--store", store, "--lang", "nl"], env))
            # Like CommandLineBenchmark: no warm-up (the runs above already read the store).
            for name, arguments in (("agreement list --open", ["agreement", "list", "--open"]),
                                    ("check", ["check"])):
                measure("vlgcoach", f"`vlgcoach {name}` (whole command, output to /dev/null)",
                        data, lambda: wall_time([binary, *arguments, "--store", store], env),
                        warm_up=False)
            # The first check after the files were written decodes every file; taken by
            # turns with `task list`, so both meet the same machine (a shared one is busier
            # at some minutes than at others).
            marks = os.path.join(store, "cache", "checked.plist")

            def first_check():
                if os.path.exists(marks):
                    os.remove(marks)
                return wall_time([binary, "check", "--store", store], env)

            # Budget 8 by turns, as the benchmark judges it (CommandLineBenchmark): `task
            # list`, then each whole-archive command of vlgcoach, round after round; here
            # with Python's own timing, as a second opinion.
            def check():
                return wall_time([binary, "check", "--store", store], env)

            def open_agreements():
                return wall_time([binary, "agreement", "list", "--open", "--store", store], env)

            turns = [(wall_time(["task", *TASK_FLAGS, "list"], env), first_check(), check(),
                      open_agreements()) for _ in range(options.runs)]
            kinds = (
                ("taskwarrior", "`task list`, by turns with the next rows", f"{tasks} pending tasks"),
                ("vlgcoach", "`vlgcoach check`, the first after the files were written "
                             "(its marks removed before each run)", data),
                ("vlgcoach", "`vlgcoach check`, the next one", data),
                ("vlgcoach", "`vlgcoach agreement list --open`", data))
            by_turns = []
            for index, (program, what, sizes) in enumerate(kinds):
                times = [turn[index] * 1000 for turn in turns]
                by_turns.append(median(times))
                rows.append((program, what, sizes, median(times), percentile(times, 99)))
            names = ("the first `check` after writing", "the next `check`", "`agreement list --open`")
            verdicts = [f"{name} {mid:.0f} ms " + ("met" if mid <= by_turns[0] else "OVER")
                        for name, mid in zip(names, by_turns[1:])]

        print()
        print("| program | what | data | median | p99 |")
        print("|---|---|---|---:|---:|")
        for program, what, data, mid, p99 in rows:
            print(f"| {program} | {what} | {data} | {mid:.1f} ms | {p99:.1f} ms |")
        print()
        calcurse = version(["calcurse", "--version"], env).split(" -- ")[0]
        print(f"{options.runs} runs each after one unmeasured warm-up (none for the vlgcoach "
              "commands, as in vlgcoach-benchmark); p99 by nearest rank. "
              f"Machine: nproc {version(['nproc'], env)}, Linux {os.uname().release}. "
              f"taskwarrior {version(['task', '--version'], env)} with {' '.join(TASK_FLAGS)}; "
              f"{calcurse} with general.confirmquit=no general.autosave=no; "
              f"TERM={env['TERM']} LANG={env['LANG']}.")
        if options.vlgcoach:
            print()
            print(f"Budget 8, medians by turns against `task list` {by_turns[0]:.0f} ms: "
                  + "; ".join(verdicts) + ".")


if __name__ == "__main__":
    main()
