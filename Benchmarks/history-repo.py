#!/usr/bin/env python3
"""A git repository with a long history of one roadmap, for the `history` row of `make bench`.

    history-repo.py DIR [--commits N] [--goals G] [--meta META.json]

Writes a fresh repository in DIR (removed first if it exists): the first commit is a roadmap of
G goals (default 300) from generate.py, every box open; each of the N-1 commits after it
(default N = 1,000 in all) does one thing to it, as a person keeping a roadmap in git would: ticks
a goal by hand (`[ ]` -> `[x]`), ticks one the way `roadmap check` does (` ✅ YYYY-MM-DD`
appended), unticks one, rewords one slightly, adds a goal, or changes a skill score in a table.
Half-way, the file is renamed (`career-roadmap.md` -> `roadmap.md`), so `--follow` has work.

--meta writes the final file's size and goal count and the number of commits. Prints the path of
the roadmap in DIR.

Deterministic: SplitMix64 from a fixed seed (generate.py's), commit times from a fixed start, one
`git fast-import` stream (fast: no working tree is touched until the final checkout).
"""

import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402

TASK = re.compile(r"^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)([^\[\]])(\](?:[ \t].*)?)$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
CELL = re.compile(r"^(\|[^|]*\|\s*)(\d+)(%?\s*\|.*)$")
START = 1704096000  # 2024-01-01 08:00 UTC


def goal_lines(lines):
    """Indices of goal lines, outside fences (generate.py's own documents need no more)."""
    return [i for i, line in generate.unfenced(lines, FENCE) if TASK.match(line)]


def day(seconds):
    import time
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def main(argv):
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    out = argv[0]
    commits = int(argv[argv.index("--commits") + 1]) if "--commits" in argv else 1000
    goals = int(argv[argv.index("--goals") + 1]) if "--goals" in argv else 300
    generate.SIZES["H"] = {"goals": goals}
    data, _ = generate.generate("H", False)
    lines = data.decode("utf-8").split("\n")
    for i in goal_lines(lines):
        m = TASK.match(lines[i])
        lines[i] = m.group(1) + " " + re.sub(r" ✅ \d{4}-\d\d-\d\d", "", m.group(3))
    rng = generate.SplitMix64(generate.SEED ^ 0x15)

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=out, LC_ALL="C")
    subprocess.run(["git", "init", "-q", "-b", "main", out], check=True, env=env)
    stream = []
    name, when = "career-roadmap.md", START
    for n in range(1, commits + 1):
        message = "Start the roadmap"
        renamed_from = None
        if n > 1:
            when += 3600 * (2 + rng.below(44))
            found = goal_lines(lines)
            i = found[rng.below(len(found))]
            m = TASK.match(lines[i])
            action = rng.below(100)
            if n == commits // 2:
                renamed_from, name, message = name, "roadmap.md", "Rename the roadmap"
            elif action < 40 and m.group(2) == " ":
                lines[i] = m.group(1) + "x" + m.group(3)
                message = "Tick a goal"
            elif action < 60 and m.group(2) == " ":
                lines[i] = m.group(1) + "x" + m.group(3) + " ✅ " + day(when - 86400)
                message = "roadmap check"
            elif action < 70 and m.group(2) == "x":
                lines[i] = m.group(1) + " " + re.sub(r" ✅ \d{4}-\d\d-\d\d", "", m.group(3))
                message = "Untick a goal"
            elif action < 80:
                lines[i] = lines[i] + " (reworded)" if not lines[i].endswith(")") else lines[i][:-1] + ", again)"
                message = "Reword a goal"
            elif action < 90:
                indent = m.group(1)[: m.group(1).index("[")]
                lines.insert(i + 1, f"{indent}[ ] Added goal number {n}")
                message = "Add a goal"
            else:
                cells = [k for k, line in enumerate(lines) if CELL.match(line)]
                if cells:
                    k = cells[rng.below(len(cells))]
                    c = CELL.match(lines[k])
                    lines[k] = c.group(1) + str(min(100, int(c.group(2)) + 5)) + c.group(3)
                    message = "Update a skill score"
                else:
                    lines[i] = m.group(1) + "/" + m.group(3)
                    message = "Start a goal"
        content = "\n".join(lines).encode("utf-8")
        msg = message.encode()
        stream.append(b"commit refs/heads/main\nmark :%d\n" % n)
        stream.append(b"author Ada <ada@example.com> %d +0000\ncommitter Ada <ada@example.com> %d +0000\n" % (when, when))
        stream.append(b"data %d\n%s\n" % (len(msg), msg))
        if n > 1:
            stream.append(b"from :%d\n" % (n - 1))
        if renamed_from:
            stream.append(b"D %s\n" % renamed_from.encode())
        stream.append(b"M 100644 inline %s\ndata %d\n%s\n" % (name.encode(), len(content), content))
    subprocess.run(["git", "-C", out, "fast-import", "--quiet"], input=b"".join(stream), check=True, env=env)
    subprocess.run(["git", "-C", out, "checkout", "-q", "main"], check=True, env=env)
    if "--meta" in argv:
        import json
        with open(argv[argv.index("--meta") + 1], "w") as f:
            json.dump({"bytes": len(content), "goals": len(goal_lines(lines)), "commits": commits}, f, sort_keys=True)
            f.write("\n")
    print(os.path.join(out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
