#!/usr/bin/env bash
# Whole-process timings of issue 14's targets, each side by side with its reference command in one hyperfine run:
#   1. opmaat check of one plan against `java -version` (the JVM's own floor);
#   2. opmaat build (PDF + DOCX in one process) against pandoc -> DOCX + pandoc -> HTML + weasyprint -> PDF on the
#      same Markdown chapters;
#   3. 15, 50 and 150 synthetic plans in one check call;
#   4. peak memory (max RSS) of the largest build.
# Run from the repository root after `./mvnw -q package -DskipTests`; needs hyperfine, pandoc and weasyprint (Debian
# packages) and runs opmaat exactly as bin/opmaat does (same JVM options, the class-data cache in a temporary folder).
# JAVA_HOME picks the JDK (the Temurin 25 JDK starts fastest: AOT cache). Prints hyperfine's tables; nothing is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
plan="${1:-plan-sources/vo-zuidoost-utrecht}"
small="${2:-plan-sources/po-22-02-emmen}"
runs="${RUNS:-10}"
java=java
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
for tool in hyperfine pandoc weasyprint; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool ontbreekt (apt-get install $tool)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The release launcher's own way of starting the JVM, with its cache in the work folder.
cat >"$work/opmaat" <<SCRIPT
#!/usr/bin/env bash
set -euo pipefail
java="$java"
. "$PWD/dist/src/bin/opmaat-class-cache.sh"
opmaat_jvm_options="-XX:TieredStopAtLevel=1 \$(opmaat_gc_options "\${1:-}") -Xmx192m"
cp="$PWD/engine/cli/target/opmaat-cli.jar:$PWD/engine/cli/target/lib/*"
opmaat_cached_java "\$java" "$work/cache" "\$(opmaat_jars_key "$PWD"/engine/cli/target/opmaat-cli.jar "$PWD"/engine/cli/target/lib/*.jar)" "\$cp" nl.opmaat.cli.Main "\$@"
SCRIPT
chmod +x "$work/opmaat"

"$java" -version 2>&1 | head -1
# Two runs fill the class-data cache (the AOT cache is assembled after the first run exits).
"$work/opmaat" check "$small" >/dev/null 2>&1 || true
sleep 5
"$work/opmaat" check "$small" >/dev/null 2>&1 || true
# The commands that render have a cache of their own: fill it the same way.
"$work/opmaat" build "$plan" --out "$work/fill" >/dev/null 2>&1 || true
sleep 10
"$work/opmaat" build "$plan" --out "$work/fill" >/dev/null 2>&1 || true
rm -rf "$work/fill"

chapters=$(ls "$plan"/hoofdstukken/*.md | tr '\n' ' ')
hyperfine -N -i --warmup 2 --runs "$runs" --export-markdown "$work/check.md" \
  -n "java -version" "$java -version" \
  -n "opmaat check $(basename "$small")" "$work/opmaat check $small"
hyperfine -i --warmup 1 --runs "$runs" --export-markdown "$work/build.md" \
  -n "pandoc docx + pandoc html + weasyprint" \
  "pandoc $chapters -o $work/p.docx && pandoc $chapters -s --metadata title=plan -o $work/p.html && weasyprint -q $work/p.html $work/p.pdf" \
  -n "opmaat build pdf,docx" "$work/opmaat build $plan --out $work/uit"

"$java" -cp "bench/target/opmaat-bench.jar:bench/target/lib/*" nl.opmaat.bench.SyntheticCorpus "$work/corpus" 150 >/dev/null
for n in 15 50; do
  mkdir -p "$work/corpus-$n"
  ls "$work/corpus" | head -"$n" | while read -r p; do cp -r "$work/corpus/$p" "$work/corpus-$n/"; done
done
hyperfine -N -i --warmup 1 --runs "$runs" \
  -n "15 plans" "$work/opmaat check $work/corpus-15" \
  -n "50 plans" "$work/opmaat check $work/corpus-50" \
  -n "150 plans" "$work/opmaat check $work/corpus"

rm -rf "$work/uit"
/usr/bin/time -f "peak memory (max RSS) of opmaat build: %M KiB" "$work/opmaat" build "$plan" --out "$work/uit" >/dev/null
