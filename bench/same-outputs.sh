#!/usr/bin/env bash
# Checks that two builds of kefusim publish the same figures: every example scenario
# (scenarios/*.yaml, with --records, 2 threads), two of them on 1 thread, the M/M/c+M bench case,
# the sale day of `kefusim bench` (2 replications, --records) and `staff` on the Double 11 example
# (--by-date), all with seed 7. Compares summary.json, run.json, every CSV and YAML and the console
# reports, leaving out only run ids, timestamps, durations and the output folder's own name.
#
#   bench/same-outputs.sh BASE.jar NEW.jar [WORKDIR]      (prints IDENTICAL or the differences)
#
# Takes a few minutes a build (the Double 11 staffing search is most of it).
set -eu
base=$1; new=$2; work=${3:-$(mktemp -d /tmp/kefusim-same-XXXX)}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$work/scen"
sale="$work/scen/sale-day.yaml"
cat > "$work/SaleDay.java" <<'JAVA'
public class SaleDay { public static void main(String[] a) throws Exception {
  java.nio.file.Files.writeString(java.nio.file.Path.of(a[0]),
      io.kefusim.cli.BenchCommand.scenarioYaml(400000, 150, 1, null).replace("replications: 1", "replications: 2"));
}}
JAVA
java -cp "$base" "$work/SaleDay.java" "$sale"

outputs() { # JAR OUT
  local jar=$1 out=$2
  rm -rf "$out"; mkdir -p "$out"
  run() { local label=$1; shift; java -jar "$jar" run "$@" --seed 7 --out "$out/$label" > "$out/$label.console" 2>&1; }
  for f in "$here"/scenarios/*.yaml; do run "$(basename "$f" .yaml)-rec-t2" "$f" --records --threads 2; done
  run small-t1 "$here/scenarios/small-shop-ordinary-day.yaml" --threads 1
  run double11-t1 "$here/scenarios/double11-medium-shop.yaml" --threads 1
  run erlang-t2 "$here/bench/erlang-a-c100.yaml" --threads 2
  run saleday-t2 "$sale" --threads 2 --records
  java -jar "$jar" staff "$here/scenarios/double11-medium-shop.yaml" --target 'service-level>=0.8' --by-date --out "$out/staffrun" \
      --replications 10 --max-simulations 60 --seed 7 > "$out/staff.console" 2>&1 || echo "staff exit $?" >> "$out/staff.console"
  mkdir -p "$out/n"
  find "$out" -mindepth 3 -maxdepth 3 -type d ! -path "$out/n/*" | while read -r d; do
    local lab; lab=$(echo "$d" | sed "s|$out/||" | cut -d/ -f1); mkdir -p "$out/n/$lab"
    for x in "$d"/*.csv "$d"/*.json "$d"/*.yaml; do
      [ -f "$x" ] || continue
      grep -v -E '"(finished_at|wall_seconds|started_at|seconds)"' "$x" > "$out/n/$lab/$(basename "$x")" || true
    done
  done
  for c in "$out"/*.console; do
    sed -E "s|$out|OUT|g; /^Running /d" "$c" | sed -E 's/[0-9]{8}-[0-9]{6}(-[0-9]+)?/RUNID/g; /done in/d; /took|seconds|[0-9.]+ s\b/d' > "$out/n/$(basename "$c")"
  done
}
outputs "$base" "$work/base"
outputs "$new" "$work/new"
if diff -r "$work/base/n" "$work/new/n" > "$work/diff.txt"; then echo IDENTICAL; else echo DIFFERENT; head -c 4000 "$work/diff.txt"; exit 1; fi
