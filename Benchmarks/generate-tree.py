#!/usr/bin/env python3
"""A notes folder for `roadmap --tree` (issue 28): 20,000 notes, about 33 MB, 90,000 task lines
among front matter, code blocks holding task-like lines that are not tasks, tables and quotes,
spread over nested folders; beside them what the tree must skip: a hidden `.obsidian/` folder, a
`node_modules/`, and a folder a `.gitignore` excludes (their goals must not count).

    generate-tree.py DIR [--notes N] [--meta FILE.json] [--seed S]

Deterministic for a seed. The meta file holds what the tree's `status --json` must count
(`goals`, `done`) and the sizes, for run.sh's check and report.py's rows.
"""
import argparse
import json
import os
import random
import shutil

WORDS = ("plan review ship learn write docker kubernetes rust swift notes budget garden health "
         "reading course talk draft design test deploy refactor meeting travel music piano "
         "french habit sleep running climbing cooking taxes backup photos chapter thesis").split()
STATES = [" "] * 6 + ["x"] * 3 + ["/", "-"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def note(rng, index, tasks):
    """One note's text and how many goals it holds, and how many of them are done."""
    parts = [f"---\ntitle: Note {index}\ntags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\ncreated: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n\n",
             f"# {sentence(rng, 3).capitalize()} {index}\n\n",
             sentence(rng, 30) + ".\n" + sentence(rng, 20) + ".\n\n"]
    goals = done = 0
    sections = 2
    per = [tasks // sections + (1 if s < tasks % sections else 0) for s in range(sections)]
    for s in range(sections):
        parts.append(f"## {sentence(rng, 2).capitalize()}\n\n")
        parts.append(sentence(rng, 18) + ".\n\n")
        for _ in range(per[s]):
            state = rng.choice(STATES)
            goals += 1
            done += state in "xX"
            parts.append(f"- [{state}] {sentence(rng, rng.randint(3, 9))}\n")
        parts.append("\n")
        if s == 0:
            # Task-like lines in a fence: not tasks (rg counts them; roadmap must not).
            parts.append("```markdown\n- [ ] not a task, an example\n- [x] nor this\n```\n\n")
            parts.append("| item | state |\n|---|---|\n| " + sentence(rng, 2) + " | - [ ] in a cell |\n| " + sentence(rng, 2) + " | done |\n\n")
        else:
            parts.append("> " + sentence(rng, 20) + ".\n> " + sentence(rng, 12) + ".\n\n")
            parts.append(sentence(rng, 30) + ".\n" + sentence(rng, 24) + ".\n")
    return "".join(parts), goals, done


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--notes", type=int, default=20000)
    ap.add_argument("--tasks", type=int, default=90000)
    ap.add_argument("--meta")
    ap.add_argument("--seed", type=int, default=28)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if os.path.exists(a.dir):
        shutil.rmtree(a.dir)
    goals = done = size = files = 0
    # 20 areas × 10 projects × the rest, with a few notes in each area itself.
    for i in range(a.notes):
        area = f"area-{i % 20:02d}"
        project = f"project-{(i // 20) % 10}"
        folder = os.path.join(a.dir, area) if i % 50 == 0 else os.path.join(a.dir, area, project)
        os.makedirs(folder, exist_ok=True)
        tasks = a.tasks // a.notes + (1 if i < a.tasks % a.notes else 0)
        text, g, d = note(rng, i, tasks)
        with open(os.path.join(folder, f"note-{i:05d}.md"), "w") as f:
            f.write(text)
        goals += g
        done += d
        size += len(text.encode())
        files += 1
    # What the tree skips, as ripgrep does: their goals are not the tree's.
    skipped = {".obsidian": 50, "node_modules/pkg": 50, "archive": 50}
    for folder, n in skipped.items():
        os.makedirs(os.path.join(a.dir, folder), exist_ok=True)
        for j in range(n):
            with open(os.path.join(a.dir, folder, f"skip-{j}.md"), "w") as f:
                f.write("- [ ] not part of the tree\n" * 5)
    with open(os.path.join(a.dir, ".gitignore"), "w") as f:
        f.write("archive/\n")
    meta = {"files": files, "goals": goals, "done": done, "bytes": size}
    if a.meta:
        with open(a.meta, "w") as f:
            json.dump(meta, f)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
