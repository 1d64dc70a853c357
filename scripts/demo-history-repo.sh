#!/usr/bin/env bash
# A real-looking repository for `roadmap history`, `stamp` and `review`: the bundled career
# roadmap (Roadmaps/career-roadmap.md, written by `roadmap init`) with a year of commits, from
# 2025-12-01 to 2026-11-12. Most boxes are ticked by hand (as in an editor: the box only, no
# date), some with `roadmap check` (a ✅ date a day before the commit), skill scores rise, a goal
# is added and later reworded, a review is written every month, and the work tree ends a box
# ahead of the last commit.
#
#   scripts/demo-history-repo.sh [DIR]      (default: a fresh temporary directory)
#
# Prints `roadmap history` and `roadmap status` there, as of 2026-11-22, then the days `stamp`
# would write. ROADMAP_BIN names the binary (default: .build/debug/roadmap, built if missing).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${ROADMAP_BIN:-$ROOT/.build/debug/roadmap}
[[ -x $BIN ]] || (cd "$ROOT" && swift build --product roadmap >&2)
DIR=${1:-$(mktemp -d "${TMPDIR:-/tmp}/career-history.XXXXXX")}
rm -rf "$DIR" && mkdir -p "$DIR" && cd "$DIR"
export XDG_STATE_HOME=$DIR.state GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
git init -q -b main .

roadmap() { ROADMAP_TODAY=${DAY:-2025-12-01} "$BIN" "$@" >/dev/null; }
commit() {  # commit DAY MESSAGE
    git add -A
    GIT_AUTHOR_DATE="$1T19:30:00+01:00" GIT_COMMITTER_DATE="$1T19:30:00+01:00" \
        git -c user.name='Ada Lovelace' -c user.email=ada@example.com commit -q -m "$2"
}
hand() { DAY=$1 roadmap check "$2" --no-date; }          # the box alone, as an editor writes it
checked() { DAY=$(date -u -d "$1 - 1 day" +%F) roadmap check "$2"; }
score() { DAY=$1 roadmap set "$2" "$3" --column 'Current Score'; }
review() { DAY=$1 roadmap review --metric "GitHub contributions=$2" --note "$3"; }

DAY=2025-12-01 roadmap init --name 'Ada Lovelace' --start 2025-12-01 --current-role 'Support engineer' \
    --target-role 'Junior AI Infrastructure Engineer'
for skill in 'Python and scripting:40:80' 'Linux and networking:50:75' 'Docker and images:30:70' 'Kubernetes:10:60' \
             'Cloud services:20:60' 'Terraform and IaC:10:50' 'Pipelines and CI:20:60' 'ML concepts:15:50' 'Observability:10:50'; do
    IFS=: read -r name now target <<<"$skill"
    score 2025-12-01 "$name" "$now%"
    DAY=2025-12-01 roadmap set "$name" "$target%" --column 'Target (6 months)'
done
commit 2025-12-01 "Start the roadmap"

step() {  # step DAY MESSAGE COMMAND...: one or more changes, then the day's commit
    local day=$1 message=$2
    shift 2
    "$@"
    commit "$day" "$message"
}
step 2025-12-08 "Linux shell" hand 2025-12-08 'Linux shell'
step 2025-12-17 "Docker images" checked 2025-12-17 'multi-stage Docker'
step 2025-12-22 "Packaged the tool" hand 2025-12-22 'Package one tool'
step 2026-01-03 "Tests on every push" hand 2026-01-03 'pytest tests'
step 2026-01-06 "Python tools done" hand 2026-01-06 'Python tools that read config'
step 2026-01-12 "Rescored Python" score 2026-01-12 'Python and scripting' 55%
step 2026-01-19 "Debugged a pod" checked 2026-01-19 'Find out why a pod'
step 2026-01-20 "January review" review 2026-01-20 60 'Python and Docker first'
step 2026-02-04 "Rollout and rollback" hand 2026-02-04 'Roll a new image out'
step 2026-02-09 "App on Kubernetes" hand 2026-02-09 'Run an app on Kubernetes'
step 2026-02-19 "Cloud by hand" checked 2026-02-19 'network, a VM'
step 2026-02-20 "February review" review 2026-02-20 140 'Kubernetes is clicking'
hand 2026-03-02 'Core skills practiced every week'
hand 2026-03-02 'Projects 1 and 2 running'
step 2026-03-02 "3-month checkpoint" score 2026-03-02 Kubernetes 45%
step 2026-03-12 "Rescored everything" hand 2026-03-12 'Skills table rescored'
step 2026-03-16 "CI for every pull request" checked 2026-03-16 'GitHub Actions'
step 2026-03-20 "March review" review 2026-03-20 210 'Checkpoint met; Terraform can wait'
step 2026-03-30 "A goal for the runbook" sed -i '/FastAPI$/a - [ ] Write a runbook for the classifier service' career-roadmap.md
step 2026-04-11 "Model behind FastAPI" hand 2026-04-11 'FastAPI'
step 2026-04-15 "Cloud Practitioner passed" hand 2026-04-15 'Cloud Practitioner'
step 2026-04-20 "April review" review 2026-04-20 290 'First certificate'
step 2026-04-27 "A Prometheus metric" checked 2026-04-27 'Prometheus metric'
step 2026-05-07 "Profile README" hand 2026-05-07 'profile README'
step 2026-05-11 "Reworded the runbook goal" sed -i 's/classifier service$/classifier service and its alerts/' career-roadmap.md
step 2026-05-18 "Runbook written" hand 2026-05-18 'runbook for the classifier'
step 2026-05-20 "May review" review 2026-05-20 380 'Portfolio taking shape'
hand 2026-05-25 'one-page resume'
step 2026-05-25 "Job search set up" hand 2026-05-25 'Track every application'
step 2026-06-08 "LinkedIn headline" checked 2026-06-08 'LinkedIn headline'
step 2026-06-17 "Project walkthroughs" hand 2026-06-17 'ten-minute walkthrough'
score 2026-06-20 'Cloud services' 50%
step 2026-06-20 "June review" review 2026-06-20 470 'Applications going out'
step 2026-07-02 "Mock interviews" hand 2026-07-02 'mock system-design'
step 2026-07-06 "CKAD passed" hand 2026-07-06 'CKAD'
step 2026-07-20 "July review" review 2026-07-20 540 'Summer slowdown'
step 2026-07-29 "Twenty applications" hand 2026-07-29 'Twenty or more applications'
step 2026-08-10 "First interviews" checked 2026-08-10 'First technical interviews'
step 2026-08-20 "August review" review 2026-08-20 600 'Interviewing'
step 2026-09-03 "A certification" hand 2026-09-03 'At least one certification'
step 2026-09-14 "Offer accepted" hand 2026-09-14 'Accept an offer'
step 2026-09-20 "September review" review 2026-09-20 650 'New job'
step 2026-10-08 "First change shipped" hand 2026-10-08 'first change to production'
step 2026-10-19 "Runbooks read" checked 2026-10-19 'runbook of every service'
score 2026-10-20 Kubernetes 60%
step 2026-10-20 "October review" review 2026-10-20 720 'On-call soon'
step 2026-11-02 "First incident" hand 2026-11-02 'Handle one incident'
step 2026-11-12 "Demo recordings" hand 2026-11-12 'demo recording'
hand 2026-11-21 'commit to running cluster'   # in the work tree, not committed yet

export ROADMAP_TODAY=2026-11-22
echo "== $DIR: $(git rev-list --count HEAD) commits; today is $ROADMAP_TODAY"
echo
echo '$ roadmap history'
"$BIN" history
echo
echo '$ roadmap status --depth 1'
"$BIN" status --depth 1
echo
echo '$ roadmap stamp --dry-run   (the lines it adds)'
"$BIN" stamp --dry-run | grep '^+ *- \[' || true
# The review of November, on a copy: the boxes ticked by hand since the October review are
# listed with their days, stamped (--yes) and counted; the rest of the year is not.
cp -a "$DIR" "$DIR.review"
echo
echo '$ roadmap review --yes   (on a copy)'
(cd "$DIR.review" && XDG_STATE_HOME=$DIR.review.state "$BIN" review --yes)
rm -rf "$DIR.review" "$DIR.review.state"
