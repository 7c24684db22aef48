"""Times plansh on a large plan against the sqlite3 shell running equivalent SQL.

Run by scripts/bench, which builds plansh and generates the data first. Python's
standard library only. Each measurement runs once to warm up, then `--runs` times, plansh
and sqlite3 taking turns so that both meet the same load; the figures are medians. Time
is CPU time (user + system) of the child process, which is what its wall-clock time is on
an idle machine; wall-clock medians are shown beside it, since the machine may be shared.
Peak memory is the child's largest resident set (ru_maxrss from wait4), over all runs.
"""

import argparse
import datetime
import fcntl
import os
import platform
import pty
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import termios
import time

PLAN = "Benchmark Group"
TERMINAL = (50, 160)  # rows, columns of the pseudo-terminal the fitted map is drawn on
STAMP = "2026-09-22T14:13:20Z"  # the time the equivalent SQL writes, as a replay would
BEGIN = "<!-- scripts/bench writes from here -->"
END = "<!-- scripts/bench writes up to here -->"

# The plan overview's figures, as PlanStore.summary(of:) counts them.
PLAN_SHOW = """
SELECT p.id, p.name, COALESCE(t.name, ''), p.owner, p.currency, p.starts_on, p.ends_on,
  p.target_minor, p.created_at, p.updated_at
FROM plan p LEFT JOIN plan_type t ON t.id = p.plan_type_id WHERE p.id = 1;
SELECT o.status, COUNT(*), SUM(o.amount_minor) FROM opportunity o
WHERE o.plan_id = 1 AND o.status IN ('open', 'won') GROUP BY o.status;
SELECT o.id, o.name, o.amount_minor, o.stage, o.status, a.name FROM opportunity o
LEFT JOIN account a ON a.id = o.account_id
WHERE o.plan_id = 1 AND o.status = 'open'
ORDER BY o.amount_minor DESC, a.name COLLATE NOCASE, o.close_date, o.id LIMIT 5;
SELECT COUNT(*), SUM(targeted <> 0) FROM account WHERE plan_id = 1;
SELECT COUNT(*), SUM(support IN ('mentor', 'supporter')) FROM contact WHERE plan_id = 1;
SELECT c.name, c.title, c.support FROM contact c LEFT JOIN account a ON a.id = c.account_id
WHERE c.plan_id = 1 AND c.support IN ('mentor', 'supporter')
ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id LIMIT 5;
SELECT COUNT(*), SUM(status IN ('in progress', 'not started')) FROM objective
WHERE plan_id = 1;
SELECT j.name, j.status, (SELECT COUNT(*) FROM action x WHERE x.objective_id = j.id)
FROM objective j WHERE j.plan_id = 1 AND j.status IN ('in progress', 'not started')
ORDER BY j.due_on IS NULL, j.due_on, j.id LIMIT 5;
SELECT COUNT(*), SUM(due_on < date('now')) FROM action WHERE plan_id = 1 AND status = 'open';
SELECT name, role FROM team_member WHERE plan_id = 1 ORDER BY name;
SELECT started_at, agenda FROM meeting WHERE plan_id = 1
ORDER BY started_at DESC, id DESC LIMIT 1;
"""

MAP_ROWS = """
SELECT a.id, a.parent_id, a.name, a.targeted FROM account a WHERE a.plan_id = 1
ORDER BY a.name COLLATE NOCASE, a.id;
SELECT id, name, family, targeted, position, active FROM solution WHERE plan_id = 1
ORDER BY position, family COLLATE NOCASE, name COLLATE NOCASE;
"""

# A cell per account row, solution and status, as PlanStore.opportunityTotals sums them.
MAP = MAP_ROWS + """
SELECT account_id, solution_id, status, COUNT(*), SUM(amount_minor) FROM opportunity
WHERE plan_id = 1 GROUP BY account_id, solution_id, status;
"""

# The same by solution family, as the map fitted to a terminal sums them.
MAP_FAMILIES = MAP_ROWS + """
SELECT o.account_id, s.family, o.status, COUNT(*), SUM(o.amount_minor) FROM opportunity o
LEFT JOIN solution s ON s.id = o.solution_id
WHERE o.plan_id = 1 AND (s.id IS NULL OR s.active = 1)
GROUP BY o.account_id, s.family, o.status;
"""

# Every empty cell, targeted rows and solutions first: the report's rows, in its order.
WHITESPACE = """
SELECT a.name, a.segment, a.targeted, s.name, s.family, s.targeted
FROM account a CROSS JOIN solution s
WHERE a.plan_id = 1 AND s.plan_id = 1 AND s.active = 1 AND NOT EXISTS (
  SELECT 1 FROM opportunity o WHERE o.plan_id = 1 AND o.account_id = a.id
    AND o.solution_id = s.id AND o.status <> 'lost')
ORDER BY a.targeted * 2 + s.targeted DESC, a.name COLLATE NOCASE, a.id,
  s.position, s.family COLLATE NOCASE, s.name COLLATE NOCASE;
"""

# Every check's findings, worded as plan check words them.
PLAN_CHECK = """
SELECT 'objectives', 'thin-objectives',
  'objective ''' || name || ''' has ' || n || ' owned, dated actions (2 wanted)'
FROM (SELECT j.id, j.name, (SELECT COUNT(*) FROM action x WHERE x.objective_id = j.id
    AND x.owner <> '' AND x.due_on IS NOT NULL) AS n
  FROM objective j WHERE j.plan_id = 1 AND j.status NOT IN ('achieved', 'cancelled'))
WHERE n < 2 ORDER BY id;
SELECT target_minor FROM plan WHERE id = 1;
SELECT COALESCE(SUM(amount_minor), 0) FROM opportunity
WHERE plan_id = 1 AND status IN ('open', 'won');
SELECT COUNT(*) FROM objective
WHERE plan_id = 1 AND type = 'revenue' AND status NOT IN ('achieved', 'cancelled');
SELECT 'insights', 'unconfirmed-insights', 'insight ''' || text || ''' is unconfirmed'
FROM insight WHERE plan_id = 1 AND status = 'unconfirmed' ORDER BY id;
SELECT 'relationships', 'unsupportive-key-players',
  'key player ''' || name || ''' is ' || COALESCE(support, 'unknown') || ', not a supporter'
FROM contact WHERE plan_id = 1 AND political IS NOT NULL
  AND COALESCE(support, '') NOT IN ('mentor', 'supporter') ORDER BY name;
SELECT 'relationships', 'uncovered-contacts', 'nobody covers ''' || name || ''''
FROM contact WHERE plan_id = 1 AND COALESCE(coverage, 'unknown') IN ('unknown', 'no contact')
ORDER BY name;
SELECT 'opportunities', 'targeted-without-potential',
  'targeted ''' || a.name || ''' has no potential opportunities'
FROM account a WHERE a.plan_id = 1 AND a.targeted = 1 AND NOT EXISTS (SELECT 1
  FROM opportunity o WHERE o.account_id = a.id AND o.status = 'potential') ORDER BY a.name;
SELECT q.code, q.section, q.text, a.rating, COALESCE(a.text, '') FROM plan p
JOIN plan_type_question tq ON tq.plan_type_id = p.plan_type_id
JOIN question q ON q.code = tq.question_code
LEFT JOIN answer a ON a.plan_id = p.id AND a.question_code = q.code AND a.account_id = 0
WHERE p.id = 1 AND q.scope = 'plan' ORDER BY tq.position;
SELECT 'actions', 'overdue-actions',
  'action ''' || x.name || ''' (' || x.owner || ') was due ' || x.due_on
FROM action x WHERE x.plan_id = 1 AND x.status = 'open' AND x.due_on < date('now')
ORDER BY x.due_on, x.id;
SELECT updated_at FROM plan WHERE id = 1;
"""

CONTACT_MAP = """
SELECT c.id, a.name, c.name, c.title, c.reports_to_id, c.support, c.political, c.coverage
FROM contact c LEFT JOIN account a ON a.id = c.account_id
WHERE c.account_id = 1 AND c.plan_id = 1
ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id;
"""

OVERDUE = """
SELECT x.id, x.name, x.owner, x.due_on, 'overdue', j.name, x.area, x.meeting_id
FROM action x LEFT JOIN objective j ON j.id = x.objective_id
WHERE x.plan_id = 1 AND x.status = 'open' AND x.due_on < date('now')
ORDER BY x.due_on, x.id;
"""

PLAN_LIST = """
SELECT p.id, p.name, COALESCE(t.name, ''), p.owner, p.target_minor, p.updated_at
FROM plan p LEFT JOIN plan_type t ON t.id = p.plan_type_id ORDER BY p.name;
"""


class Run:
    """One run of a child process: wall-clock and CPU seconds, peak memory in KiB."""

    def __init__(self, wall, cpu, memory, output):
        self.wall, self.cpu, self.memory, self.output = wall, cpu, memory, output


def run(argv, stdin=None, terminal=False):
    """Runs `argv` to its end; its output is counted in lines, then dropped."""
    started = time.perf_counter()
    if terminal:
        return run_on_terminal(argv, started)
    with open(stdin or os.devnull, "rb") as source:
        child = subprocess.Popen(argv, stdin=source, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: child.stdout.read(1 << 16), b""))
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {shlex.join(argv)} failed")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, lines)


def run_on_terminal(argv, started):
    """Runs `argv` with its output on a pseudo-terminal the size of TERMINAL."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", *TERMINAL, 0, 0))
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=follower,
                             stderr=subprocess.DEVNULL)
    os.close(follower)
    lines = 0
    while True:
        try:
            chunk = os.read(leader, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        lines += chunk.count(b"\n")
    os.close(leader)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {shlex.join(argv)} failed on a terminal")
    return Run(time.perf_counter() - started, usage.ru_utime + usage.ru_stime,
               usage.ru_maxrss, lines)


def fresh_copy(source, target):
    """Copies a store file, leaving no write-ahead log of an earlier copy behind."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copyfile(source, target)


class Bench:
    """The measurements, their figures, and the table they make."""

    def __init__(self, options):
        self.options = options
        self.work = options.work
        self.plansh = os.path.join(options.bin, "plansh")
        self.rows = []

    def path(self, name):
        return os.path.join(self.work, name)

    def sql_file(self, name, text):
        path = self.path(name)
        with open(path, "w") as file:
            file.write(text)
        return path

    def compare(self, title, plansh, sqlite, prepare=None, terminal=False, count=None):
        """Runs plansh and sqlite3 by turns and records their medians."""
        samples = {"plansh": [], "sqlite3": []}
        for index in range(self.options.runs + 1):
            for name, (argv, stdin) in (("plansh", plansh), ("sqlite3", sqlite)):
                if prepare:
                    prepare()
                result = run(argv, stdin, terminal and name == "plansh")
                if index > 0:
                    samples[name].append(result)
        figures = {name: summarize(runs) for name, runs in samples.items()}
        figures["title"] = title
        figures["count"] = count
        self.rows.append(figures)
        print(f"bench: {title}: plansh {figures['plansh']['cpu'] * 1000:.1f} ms, "
              f"sqlite3 {figures['sqlite3']['cpu'] * 1000:.1f} ms", file=sys.stderr)
        return figures

    def plan_command(self, title, words, sql, **options):
        argv = [self.plansh, "--store", self.path("large.sqlite"), "--plan", PLAN] + words
        sqlite = ["sqlite3", self.path("large.sqlite")]
        return self.compare(title, (argv, None), (sqlite, self.sql_file(words[0] + ".sql", sql)),
                            **options)

    def measure_all(self):
        self.start_up()
        self.plan_command("`plan show` (overview)", ["plan", "show"], PLAN_SHOW)
        self.plan_command("`opportunity map` (piped: a column per solution)",
                          ["opportunity", "map"], MAP)
        self.plan_command(f"`opportunity map` ({TERMINAL[1]}-column terminal: families)",
                          ["opportunity", "map"], MAP_FAMILIES, terminal=True)
        self.plan_command("`opportunity whitespace`", ["opportunity", "whitespace"], WHITESPACE)
        self.plan_command("`plan check`", ["plan", "check"], PLAN_CHECK)
        self.plan_command("`contact map --account 1` (2,006 contacts)",
                          ["contact", "map", "--account", "1"], CONTACT_MAP)
        self.plan_command("`action list --overdue`", ["action", "list", "--overdue"], OVERDUE)
        self.replay()
        self.salesforce_import()

    def start_up(self):
        empty = self.path("empty.sqlite")
        run([self.plansh, "--store", empty, "plan", "list"])
        self.compare("start-up: `plan list` on an empty store",
                     ([self.plansh, "--store", empty, "plan", "list"], None),
                     (["sqlite3", empty], self.sql_file("plan-list.sql", PLAN_LIST)))

    def replay(self):
        """Records the generated script once, then replays it on fresh copies of the plan."""
        recorded = self.path("script.transcript")
        if os.path.exists(recorded):
            os.remove(recorded)
        fresh_copy(self.path("large.sqlite"), self.path("record.sqlite"))
        run([self.plansh, "--store", self.path("record.sqlite"), "--record", recorded,
             "-f", self.path("script.plansh")])
        commands = sum(1 for line in open(self.path("script.plansh")) if line.strip())
        target = self.path("replay.sqlite")
        sql = self.sql_file("replay.sql", replay_sql(self.path("script.plansh")))
        figures = self.compare(
            f"replay of {commands:,} commands", ([self.plansh, "--store", target, "replay",
                                                   recorded], None),
            (["sqlite3", target], sql),
            prepare=lambda: fresh_copy(self.path("large.sqlite"), target))
        figures["throughput"] = commands / figures["plansh"]["cpu"]

    def salesforce_import(self):
        """Imports the 100,000-contact export into a fresh store with one empty plan."""
        base = self.path("import-base.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(base + suffix):
                os.remove(base + suffix)
        run([self.plansh, "--store", base, "plan", "new", "Import"])
        target = self.path("import.sqlite")
        export = self.path("export")
        self.compare(
            "import of 100,000 contacts (Salesforce CSV)",
            ([self.plansh, "--store", target, "--plan", "Import", "import", "salesforce",
              export], None),
            (["sqlite3", target], self.sql_file("import.sql", import_sql(export))),
            prepare=lambda: fresh_copy(base, target))


def summarize(runs):
    return {
        "wall": statistics.median(run.wall for run in runs),
        "cpu": statistics.median(run.cpu for run in runs),
        "memory": max(run.memory for run in runs) / 1024,
        "output": runs[0].output,
    }


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def replay_sql(script):
    """The generated script's commands as the SQL plansh runs for them, in one transaction
    with a savepoint per command, as a replay runs them."""
    log = "INSERT INTO change_log (plan_id, at, who, what) VALUES (1, '{0}', 'benchmark', {1});"
    touch = f"UPDATE plan SET updated_at = '{STAMP}' WHERE id = 1;"
    out = ["BEGIN IMMEDIATE;"]
    for line in open(script):
        words = shlex.split(line)
        if not words:
            continue
        options = dict(zip(words[3::2], words[4::2]))
        noun, verb = words[0], words[1]
        statements = []
        if noun == "plan":
            statements.append(f"SELECT id FROM plan WHERE name = {quote(words[2])} COLLATE NOCASE;")
        elif noun == "feedback":
            statements += [
                "INSERT INTO feedback (plan_id, area, kind, text, speaker, created_at) VALUES "
                f"(1, {quote(options.get('--area', ''))}, 'feedback', {quote(words[2])}, "
                f"{quote(options.get('--by', ''))}, '{STAMP}');",
                log.format(STAMP, "'captured feedback ' || last_insert_rowid()")]
        elif noun == "action":
            statements += [
                "INSERT INTO action (plan_id, name, owner, due_on, created_at) VALUES "
                f"(1, {quote(words[2])}, {quote(options['--owner'])}, "
                f"{quote(options['--due'])}, '{STAMP}');",
                log.format(STAMP, quote(f"added action '{words[2]}'")), touch,
                "SELECT x.id, x.name, x.owner, x.due_on, x.status, j.name FROM action x "
                "LEFT JOIN objective j ON j.id = x.objective_id WHERE x.id = last_insert_rowid();"]
        elif noun in ("opportunity", "account"):
            column, value = ("stage", options["--stage"]) if noun == "opportunity" \
                else ("segment", options["--segment"])
            statements += [
                f"SELECT id FROM {noun} WHERE plan_id = 1 AND id = {int(words[2])};",
                f"UPDATE {noun} SET {column} = {quote(value)}, updated_at = '{STAMP}' "
                f"WHERE id = {int(words[2])};",
                log.format(STAMP, quote(f"changed {noun} '{words[2]}'")), touch]
        elif noun == "objective":
            ident = int(words[2])
            statements += [
                "SELECT j.id, j.name, j.type, j.owner, j.due_on, j.status, a.name, "
                "(SELECT COUNT(*) FROM action x WHERE x.objective_id = j.id) FROM objective j "
                f"LEFT JOIN account a ON a.id = j.account_id WHERE j.id = {ident} "
                "AND j.plan_id = 1;",
                "SELECT x.id, x.name, x.owner, x.due_on, x.status FROM action x "
                f"WHERE x.plan_id = 1 AND x.objective_id = {ident} "
                "ORDER BY x.due_on IS NULL, x.due_on, x.id;"]
        else:
            sys.exit(f"bench: no SQL for script line '{line.strip()}'")
        out += ["SAVEPOINT command;"] + statements + ["RELEASE command;"]
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def import_sql(export):
    """The export's accounts and contacts inserted as the importer inserts them."""
    account = os.path.join(export, "Account.csv")
    contact = os.path.join(export, "Contact.csv")
    return f"""
.bail on
.import --csv --schema temp {quote(account)} sf_account
.import --csv --schema temp {quote(contact)} sf_contact
BEGIN IMMEDIATE;
INSERT INTO account (plan_id, external_ref, name, parent_id, kind, industry, updated_at)
SELECT 1, 'salesforce:' || Id, Name, NULL, 'account', COALESCE(NULLIF(Industry, ''), Type),
  '{STAMP}' FROM temp.sf_account;
INSERT INTO contact (plan_id, external_ref, name, account_id, title, email, phone, updated_at)
SELECT 1, 'salesforce:' || c.Id, trim(c.FirstName || ' ' || c.LastName), a.id, c.Title,
  c.Email, c.Phone, '{STAMP}'
FROM temp.sf_contact c
LEFT JOIN account a ON a.plan_id = 1 AND a.external_ref = 'salesforce:' || c.AccountId;
INSERT INTO change_log (plan_id, at, who, what)
VALUES (1, '{STAMP}', 'benchmark', 'imported Salesforce data');
UPDATE plan SET updated_at = '{STAMP}' WHERE id = 1;
COMMIT;
"""


def milliseconds(seconds):
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def verdict(figures, index):
    """The targets a measurement has, each marked met (✓) or missed (✗)."""
    plansh, sqlite = figures["plansh"], figures["sqlite3"]
    ratio = plansh["cpu"] / sqlite["cpu"]
    checks = []
    if index == 0:
        checks.append(("≤ 2× sqlite3", ratio <= 2))
    elif "throughput" in figures:
        checks.append(("≥ 5,000 commands/s", figures["throughput"] >= 5000))
    elif figures["title"].startswith("import"):
        checks.append(("≤ 3 s", plansh["cpu"] <= 3))
    else:
        checks.append(("≤ 2× sqlite3", ratio <= 2))
        checks.append(("< 50 ms", plansh["cpu"] < 0.05))
    checks.append(("≤ 32 MiB", plansh["memory"] <= 32))
    return ", ".join(f"{text} {'✓' if met else '✗'}" for text, met in checks)


def table(rows):
    lines = [
        "| measurement | plansh | sqlite3 | ratio | wall: plansh / sqlite3 | peak memory "
        "| output lines | targets |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for index, figures in enumerate(rows):
        plansh, sqlite = figures["plansh"], figures["sqlite3"]
        title = figures["title"]
        if "throughput" in figures:
            title += f": **{figures['throughput']:,.0f} commands/s**"
        lines.append(
            f"| {title} | {milliseconds(plansh['cpu'])} | {milliseconds(sqlite['cpu'])} "
            f"| {plansh['cpu'] / sqlite['cpu']:.2f}× "
            f"| {milliseconds(plansh['wall'])} / {milliseconds(sqlite['wall'])} "
            f"| {plansh['memory']:.1f} MiB | {plansh['output']:,} | {verdict(figures, index)} |")
    return "\n".join(lines)


def first_line(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "unknown"


def machine():
    model = "unknown CPU"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = 0
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal:"):
            memory = int(line.split()[1]) / 1024 / 1024
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{os.cpu_count()} × {model}, {memory:.1f} GiB memory; Linux {platform.release()}; "
            f"{first_line(['swift', '--version'])}; sqlite3 "
            f"{first_line(['sqlite3', '--version']).split(' ')[0]}; load average {load} "
            "at the end of the run")


def report(bench):
    options = bench.options
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join([
        BEGIN,
        f"Run on {when} with `{options.command}` ({options.build} build), "
        f"median of {options.runs} runs after one to warm up.",
        "",
        f"Machine: {machine()}.",
        "",
        "Times are CPU time (user + system) of the process, what its wall-clock time is on "
        "an idle machine; the ratio is plansh's over sqlite3's, running the equivalent SQL "
        "on the same file in the same run. Wall-clock medians are beside them.",
        "",
        table(bench.rows),
        END,
    ])


def write(path, text):
    try:
        current = open(path).read()
    except FileNotFoundError:
        current = "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN not in current or END not in current:
        sys.exit(f"bench: {path} has no '{BEGIN}' ... '{END}' block to write into")
    head, rest = current.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(path, "w") as file:
        file.write(head + text + tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bin", required=True, help="folder holding the built plansh")
    parser.add_argument("--work", required=True, help="folder holding the generated data")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", default="release")
    parser.add_argument("--command", default="scripts/bench")
    parser.add_argument("--write", default="", help="Markdown file to write the figures into")
    options = parser.parse_args()
    if options.runs < 1:
        sys.exit("bench: --runs wants at least 1")
    bench = Bench(options)
    bench.measure_all()
    text = report(bench)
    print(text)
    if options.write:
        write(options.write, text)
        print(f"bench: wrote {options.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
