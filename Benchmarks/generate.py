#!/usr/bin/env python3
"""Deterministic generator of career-roadmap markdown files for `make bench`.

    generate.py SIZE OUTPUT [--crlf] [--meta META.json]

SIZE is one of S, M, L, XL:

    S   300 goals      (stand-in for Roadmaps/career-roadmap.md when that file is absent)
    M   10,000 goals   (about 0.7 MB)
    L   100,000 goals  (about 7 MB)
    XL  60,000,000 bytes or just over (895,844 goals)

The output depends only on SIZE and --crlf: the pseudo-random stream is SplitMix64 from a fixed
seed, implemented here so that it does not depend on the Python version, and nothing reads the
clock or the environment. `--crlf` writes the same document with CRLF line endings.

The document looks like a long career plan: nested headings (phases, months, weeks, topics),
nested goals in the states `[ ]`, `[x]`, `[/]`, `[-]`, skill tables, fill-in fields
(`**Name:** ____`), option groups (`**Company Type:** [ ] Big Tech [ ] Startup`), fenced code
that contains `- [ ]` lines (which are not goals), block quotes with goals, ordered goals, links,
inline code and a little non-ASCII text.

--meta writes a JSON summary: the number of goals (task list items outside code, in document
order, the way `roadmap` numbers them), the goal id that `make bench` checks (an open goal near
the end), bytes, lines, states, and the SHA-256 of the output.

    generate.py --inspect FILE [--meta META.json]

summarises an existing file (the bundled roadmap) the same way, with a simple line scanner.

    generate.py --peers SOURCE.md DIR N

writes DIR/tasks.json (a Taskwarrior import file) and DIR/todo.txt with the first N goals of
SOURCE.md as pending tasks, for the peer rows.
"""

import hashlib
import json
import re
import sys

MASK = (1 << 64) - 1
SEED = 0x5EED_2024_0007  # fixed: issue 7


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        # Modulo bias is irrelevant here; determinism is what matters.
        return self.next() % n

    def pick(self, seq):
        return seq[self.next() % len(seq)]

    def chance(self, percent):
        return self.next() % 100 < percent


SIZES = {
    "S": {"goals": 300},
    "M": {"goals": 10_000},
    "L": {"goals": 100_000},
    "XL": {"bytes": 60_000_000},
}

# ---------------------------------------------------------------------------------------------
# Vocabulary

THEMES = [
    "Foundation Building", "Cloud Fundamentals", "Containers and Orchestration",
    "Infrastructure as Code", "Observability and Reliability", "ML Platform Engineering",
    "Security and Compliance", "Data Engineering Basics", "Leadership and Influence",
    "Job Search and Interviews", "Systems Design", "Production Operations",
    "Career Acceleration", "Open Source Contribution", "Cost and Capacity Planning",
]
TOPICS = [
    "Python", "Go", "Linux", "Bash", "Git", "Docker", "Kubernetes", "Helm", "Terraform",
    "Ansible", "AWS", "GCP", "Azure", "Prometheus", "Grafana", "Loki", "OpenTelemetry",
    "PostgreSQL", "Redis", "Kafka", "Airflow", "Ray", "PyTorch", "MLflow", "Kubeflow",
    "FastAPI", "GitHub Actions", "Argo CD", "Vault", "Nginx", "gRPC", "SQL", "Networking",
    "System Design", "Incident Response", "Code Review", "Mentoring", "Public Speaking",
]
VERBS = [
    "Learn", "Practice", "Review", "Build", "Deploy", "Configure", "Document", "Automate",
    "Benchmark", "Refactor", "Migrate", "Monitor", "Debug", "Read", "Write", "Present",
    "Pair on", "Teach", "Harden", "Load-test", "Profile", "Set up", "Publish", "Compare",
    "Evaluate", "Design", "Prototype", "Ship", "Audit", "Summarise",
]
OBJECTS = [
    "the basics of {t}", "a side project in {t}", "{t} fundamentals", "the official {t} tutorial",
    "a production-ready {t} setup", "{t} best practices", "the {t} cheat sheet",
    "an end-to-end {t} pipeline", "the {t} chapter of the study guide", "{t} failure modes",
    "a blog post about {t}", "{t} security settings", "the {t} lab on the home cluster",
    "three {t} katas", "the team's {t} runbook", "{t} metrics and dashboards",
    "a small CLI that uses {t}", "the {t} certification syllabus", "{t} cost estimates",
    "a design doc that uses {t}",
]
QUALIFIERS = [
    "", "", "", "", " (Week {w})", " (Month {m})", " (Months {m}-{m2})", " before the review",
    " with tests", " with a written summary", " in under 30 minutes", " (2 hours)",
    " (45 minutes)", " and share it with the team", " 📅 2025-{mm}-{dd}", " ⏳ 2025-{mm}-{dd}",
    " — see [notes](notes/{slug}.md)", " using `make {slug}`", " for the portfolio",
    " with a mentor", " (stretch)", " 🔼",
]
SUBTASKS = [
    "Read the docs", "Watch the talk", "Take notes", "Do the exercises", "Write a summary",
    "Open a pull request", "Ask for feedback", "Fix review comments", "Record a demo",
    "Update the README", "Add CI", "Measure before and after", "Clean up resources",
    "Write flashcards", "Explain it to a friend", "Timebox to 2 hours", "Schedule a retro",
]
BOLD_LABELS = [
    "Mock interview", "External Market Assessment", "Portfolio review", "Skip-level 1:1",
    "Certification exam", "Capstone project", "Conference talk", "Brag document",
]
FIELDS = [
    "Name", "Date Created", "Current Role", "Target Role", "Mentor", "Review date",
    "Budget", "Hours per week", "Accountability partner", "Start date", "Notes",
]
OPTION_GROUPS = [
    ("Company Type", ["Big Tech", "Startup", "Enterprise", "ML Infrastructure Company"]),
    ("Location", ["On-site", "Remote", "Hybrid"]),
    ("Learning Style", ["Video", "Books", "Hands-on labs", "Pairing"]),
    ("Priority", ["High", "Medium", "Low"]),
]
STATUS_CELLS = ["✅ Available", "📅 Planned", "🟢 On Track", "🟡 At Risk", "❌ 0/4", "⏳ Waiting"]
QUOTES = [
    "Consistency beats intensity: an hour a day adds up to a career.",
    "Ship something small every week and write down what you learned.",
    "The best time to update your roadmap is right after a review.",
    "Depth first, then breadth: pick one stack and go deep.",
]
FOCUS = [
    "Focus on {t} this week and keep a short log of what worked.",
    "Block two evenings for {t}; leave Friday for review and catch-up.",
    "Pair with someone who runs {t} in production and ask about their worst outage.",
    "Keep the scope small: one working {t} example beats three half-finished ones.",
    "Write down three questions about {t} before starting and answer them by Sunday.",
    "Revisit last month's {t} notes and turn the gaps into goals below.",
]
CJK = ["任何地方都使用 HTTPS", "复习 Kubernetes 网络", "Résumé: mise à jour", "Übung: Docker-Grundlagen"]


class Writer:
    """Accumulates lines, counts goals and bytes, numbers lines."""

    def __init__(self, rng, goal_budget, byte_budget):
        self.rng = rng
        self.parts = []
        self.bytes = 0
        self.line = 0
        self.goals = 0
        self.goal_budget = goal_budget
        self.byte_budget = byte_budget
        self.open_goals = []  # (id, line) of `[ ]` goals, for picking the check target
        self.states = {"open": 0, "done": 0, "inProgress": 0, "cancelled": 0}
        self.fenced_boxes = 0
        self.quoted_goals = 0

    def full(self):
        if self.goal_budget is not None:
            return self.goals >= self.goal_budget
        return self.bytes >= self.byte_budget

    def emit(self, text):
        self.parts.append(text)
        self.parts.append("\n")
        self.bytes += len(text.encode("utf-8")) + 1
        self.line += 1

    def blank(self):
        self.emit("")

    def goal(self, prefix, state, text):
        """Emit one goal line; `prefix` is indentation/quote/list marker up to the box."""
        if self.full():
            return False
        box = {"open": " ", "done": "x", "inProgress": "/", "cancelled": "-"}[state]
        if state == "done" and self.rng.chance(5):
            box = "X"
        self.emit(f"{prefix}[{box}] {text}")
        self.goals += 1
        self.states[state] += 1
        if state == "open":
            self.open_goals.append((self.goals, self.line))
        return True


def pick_state(rng):
    r = rng.below(100)
    if r < 70:
        return "open"
    if r < 88:
        return "done"
    if r < 95:
        return "inProgress"
    return "cancelled"


def goal_text(rng, week, month):
    t = rng.pick(TOPICS)
    if rng.chance(6):
        text = f"**{rng.pick(BOLD_LABELS)}** ({rng.pick(['30', '45', '60', '90'])} minutes)"
    elif rng.chance(2):
        text = rng.pick(CJK)
    else:
        text = rng.pick(VERBS) + " " + rng.pick(OBJECTS).format(t=t)
    q = rng.pick(QUALIFIERS)
    if q:
        q = q.format(
            w=week, m=month, m2=month + 2,
            mm=f"{1 + rng.below(12):02d}", dd=f"{1 + rng.below(28):02d}",
            slug=t.lower().replace(" ", "-"),
        )
    return text + q


def goal_list(w, week, month, ordered=False):
    """A list of 3-9 goals, some with nested sub-goals (two levels)."""
    rng = w.rng
    bullet = rng.pick(["- ", "- ", "- ", "- ", "- ", "* ", "+ "])
    for i in range(3 + rng.below(7)):
        marker = f"{i + 1}. " if ordered else bullet
        pad = " " * len(marker)
        if not w.goal(marker, pick_state(rng), goal_text(rng, week, month)):
            return
        if rng.chance(35):
            for _ in range(1 + rng.below(4)):
                if not w.goal(pad + "- ", pick_state(rng), rng.pick(SUBTASKS)):
                    return
                if rng.chance(15):
                    for _ in range(1 + rng.below(2)):
                        if not w.goal(pad + "  - ", pick_state(rng), rng.pick(SUBTASKS).lower()):
                            return
        if rng.chance(8):
            # A plain (non-goal) note under the goal.
            w.emit(pad + "Notes: " + rng.pick(QUOTES))


def skill_table(w):
    rng = w.rng
    w.emit("| Skill | Current Score | Target (6 months) | Status | Done |")
    w.emit("|-------|---------------|-------------------|--------|------|")
    for _ in range(3 + rng.below(4)):
        done = rng.pick(["[ ]", "[x]", "[ ]"])
        w.emit(f"| {rng.pick(TOPICS)} | ___% | ___% | {rng.pick(STATUS_CELLS)} | {done} |")
    w.blank()


def fields(w):
    rng = w.rng
    first = rng.below(len(FIELDS))
    for k in range(2 + rng.below(3)):
        w.emit(f"**{FIELDS[(first + k) % len(FIELDS)]}:** _______________________________")
    w.blank()


def option_group(w):
    rng = w.rng
    name, options = rng.pick(OPTION_GROUPS)
    w.emit(f"**{name}:** " + " ".join(f"[ ] {o}" for o in options))
    w.emit("- Status: [ ] Not Started [ ] In Progress [ ] Complete")
    w.blank()


def fenced_template(w):
    rng = w.rng
    fence, close = rng.pick([("```", "```"), ("```markdown", "```"), ("~~~", "~~~"), ("````md", "````")])
    w.emit("Copy this template for each new topic:")
    w.blank()
    w.emit(fence)
    w.emit(f"### Topic: {rng.pick(TOPICS)}")
    for _ in range(2 + rng.below(3)):
        w.emit(f"- [ ] {rng.pick(SUBTASKS)}")
        w.fenced_boxes += 1
    w.emit("- [x] Example of a finished item")
    w.fenced_boxes += 1
    w.emit(close)
    w.blank()


def quote(w, week, month):
    rng = w.rng
    w.emit("> " + rng.pick(QUOTES))
    w.emit(">")
    for _ in range(1 + rng.below(3)):
        before = w.goals
        if not w.goal("> - ", pick_state(rng), goal_text(rng, week, month)):
            break
        w.quoted_goals += w.goals - before
    w.blank()


def week_block(w, week, month, depth_extra):
    rng = w.rng
    h = "#" * (4 + depth_extra)
    w.emit(f"{h} Week {week}: {rng.pick(TOPICS)} and {rng.pick(TOPICS)}")
    w.blank()
    if rng.chance(80):
        t = rng.pick(TOPICS)
        w.emit(rng.pick(FOCUS).format(t=t) + " " + rng.pick(QUOTES))
        w.blank()
    if rng.chance(60):
        t = rng.pick(TOPICS)
        slug = t.lower().replace(" ", "-")
        w.emit(f"**Resources:** [{t} documentation](https://docs.example.org/{slug}/), "
               f"[study notes](notes/{slug}.md), [lab repo](labs/week-{week:03d}/)")
        w.blank()
    if rng.chance(25):
        fields(w)
    goal_list(w, week, month)
    w.blank()
    if rng.chance(15):
        w.emit(f"{h}# Stretch goals")
        w.blank()
        goal_list(w, week, month, ordered=True)
        w.blank()
    if rng.chance(12):
        skill_table(w)
    if rng.chance(8):
        option_group(w)
    if rng.chance(6):
        fenced_template(w)
    if rng.chance(8):
        quote(w, week, month)


def document(w):
    rng = w.rng
    w.emit("# Career Roadmap: Junior to Senior AI Infrastructure Engineer")
    w.blank()
    w.emit("<!-- Generated by Benchmarks/generate.py for `make bench`. Change [ ] to [x] as you go. -->")
    w.blank()
    w.emit("## Personal Information")
    w.blank()
    fields(w)
    option_group(w)
    w.emit("---")
    w.blank()
    week = 0
    month = 0
    phase = 0
    while not w.full():
        phase += 1
        w.emit(f"## Phase {phase}: {rng.pick(THEMES)} (Months {month + 1}-{month + 3})")
        w.blank()
        w.emit(rng.pick(QUOTES))
        w.blank()
        if rng.chance(50):
            skill_table(w)
        for _ in range(3):
            if w.full():
                break
            month += 1
            w.emit(f"### Month {month}: {rng.pick(THEMES)}")
            w.blank()
            for _ in range(4):
                if w.full():
                    break
                week += 1
                week_block(w, week, month, 0 if rng.chance(90) else 1)
            if rng.chance(30):
                w.emit(f"#### {month}-Month Checkpoint")
                w.blank()
                goal_list(w, week, month)
                w.blank()
        w.emit("---")
        w.blank()
    w.emit("## Review Notes")
    w.blank()
    w.emit("**Last review:** ____-__-__")
    w.emit("**Next review:** ____-__-__")


def summarise(data, meta):
    meta["bytes"] = len(data)
    meta["lines"] = data.count(b"\n")
    meta["crlf"] = b"\r\n" in data
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    return meta


def generate(size, crlf):
    spec = SIZES[size]
    w = Writer(SplitMix64(SEED), spec.get("goals"), spec.get("bytes"))
    document(w)
    text = "".join(w.parts)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    # The goal `make bench` checks: the last open goal at least 10 before the end.
    candidates = [g for g in w.open_goals if g[0] <= w.goals - 10] or w.open_goals
    check_id, check_line = candidates[-1]
    meta = {
        "size": size, "generator": "Benchmarks/generate.py", "seed": SEED,
        "goals": w.goals, "check_id": check_id, "check_line": check_line,
        "states": w.states, "quoted_goals": w.quoted_goals, "fenced_boxes": w.fenced_boxes,
    }
    return data, summarise(data, meta)


# A line scanner good enough to count goals in the bundled roadmap (for --inspect).
FENCE = re.compile(rb"^ {0,3}(`{3,}|~{3,})")
TASK = re.compile(rb"^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([^\[\]])\](?:[ \t]|\r?$)")


def unfenced(lines, fence_pattern=FENCE):
    """(index, line) for each line outside fenced code. A fence closes on a run of its own
    character at least as long, with nothing after it but whitespace (CommonMark). Works on bytes
    or str lines, given a FENCE pattern of the same kind."""
    fence = None
    for i, line in enumerate(lines):
        m = fence_pattern.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line[m.end():].strip():
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        yield i, line


def inspect(path):
    data = open(path, "rb").read()
    goals, open_goals = 0, []
    states = {"open": 0, "done": 0, "inProgress": 0, "cancelled": 0, "other": 0}
    for i, line in unfenced(data.split(b"\n")):
        n = i + 1
        t = TASK.match(line)
        if t:
            goals += 1
            c = t.group(1)
            s = {b" ": "open", b"x": "done", b"X": "done", b"/": "inProgress", b"-": "cancelled"}.get(c, "other")
            states[s] += 1
            if s == "open":
                open_goals.append((goals, n))
    candidates = [g for g in open_goals if g[0] <= goals - 10] or open_goals or [(None, None)]
    check = candidates[-1]
    meta = {"size": "S", "source": path, "goals": goals, "check_id": check[0],
            "check_line": check[1], "states": states}
    return summarise(data, meta)


HEADING = re.compile(rb"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*\r?$")


def peers(source, out_dir, count):
    """Data for the peer rows: the first `count` goals of `source` as a Taskwarrior import file
    (tasks.json, all pending, fixed uuids and dates) and a todo.txt file (todo.txt)."""
    import os

    data = open(source, "rb").read()
    tasks, project = [], "roadmap"
    for _, line in unfenced(data.split(b"\n")):
        h = HEADING.match(line)
        if h and len(h.group(1)) <= 3:
            words = re.findall(rb"[A-Za-z0-9]+", h.group(2))[:3]
            project = ".".join(w.decode().lower() for w in words) or "roadmap"
            continue
        t = TASK.match(line)
        if t:
            text = line[t.end():].strip().decode("utf-8", "replace")
            tasks.append((project, text or "goal"))
            if len(tasks) == count:
                break
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "tasks.json"), "w") as f:
        for i, (project, text) in enumerate(tasks, 1):
            f.write(json.dumps({
                "uuid": "b3a7c0de-0007-4000-8000-%012d" % i, "status": "pending",
                "entry": "20250101T090000Z", "description": text, "project": project,
            }, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "todo.txt"), "w") as f:
        for project, text in tasks:
            f.write(f"{text} +{project.replace('.', '-')} @roadmap\n")
    return {"source": source, "tasks": len(tasks)}


def main(argv):
    args = list(argv)
    meta_path = None
    if "--meta" in args:
        i = args.index("--meta")
        meta_path = args[i + 1]
        del args[i:i + 2]
    crlf = "--crlf" in args
    args = [a for a in args if a != "--crlf"]
    if len(args) == 4 and args[0] == "--peers":
        meta = peers(args[1], args[2], int(args[3]))
    elif len(args) == 2 and args[0] == "--inspect":
        meta = inspect(args[1])
    elif len(args) == 2 and args[0] in SIZES:
        data, meta = generate(args[0], crlf)
        with open(args[1], "wb") as f:
            f.write(data)
    else:
        sys.stderr.write(__doc__)
        return 2
    if meta_path:
        with open(meta_path, "w") as f:
            json.dump(meta, f, indent=1, sort_keys=True)
            f.write("\n")
    else:
        print(json.dumps(meta, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
