#!/usr/bin/env bash
# Before a release: builds the app image with `mvn -Ppackage package` (tests skipped: `mvn verify`
# runs them), then checks the packaged launcher the way an owner would use it:
#   - the app image is under 120 MB without its AppCDS class archive, the archive under 80 MB, and
#     jlink's module list covers what jdeps finds in the jars;
#   - `ReferralDesk --version` prints the pom's version;
#   - `ReferralDesk due --json --db <temp>` answers with JSON from a fresh database.
# Prints the sizes. `--installers` also builds this OS's installers (Linux: .deb/.rpm where the
# tools are) and prints their sizes. Exits non-zero on the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."

only=app-image
[[ ${1:-} == --installers ]] && only=installers
mvn -B -q -Ppackage package -DskipTests -Drd.package.only="$only"

image=target/jpackage/ReferralDesk
launcher=$image/bin/ReferralDesk
[[ -x $launcher ]] || { echo "FAIL: no launcher at $launcher" >&2; exit 1; }

mb() { du -sm --apparent-size "$1" | cut -f1; }
size=$(mb "$image")
echo "App image: $image, $size MB (runtime $(mb "$image/lib/runtime") MB, jars $(mb "$image/lib/app") MB)"
echo "Modules: $(grep -v '^#' packaging/jlink-modules.txt | tr '\n' ' ')"
archive=0
[[ -f $image/lib/app/referral-desk.jsa ]] && archive=$(mb "$image/lib/app/referral-desk.jsa")
echo "Class archive: $archive MB"
(( archive > 0 )) || { echo "FAIL: no AppCDS archive in the image" >&2; exit 1; }
(( archive < 80 )) || { echo "FAIL: the class archive is $archive MB, over 80 MB" >&2; exit 1; }
(( size - archive < 120 )) || { echo "FAIL: the app image is $((size - archive)) MB without its archive, over 120 MB" >&2; exit 1; }
for f in target/installers/*; do [[ -f $f ]] && echo "Installer: $f, $(mb "$f") MB"; done

# every module jdeps finds must be in the list, or named there as left out on purpose
found=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps --class-path 'target/lib/*' \
    target/referral-desk.jar target/lib/*.jar 2>/dev/null | tail -1 | tr ',' '\n')
missing=()
for m in $found; do
  grep -qE "^$m\$|^#[[:space:]]+$m[[:space:]]" packaging/jlink-modules.txt || missing+=("$m")
done
(( ${#missing[@]} == 0 )) || { echo "FAIL: jdeps needs ${missing[*]}: add them to packaging/jlink-modules.txt" >&2; exit 1; }
echo "OK: jlink-modules.txt covers jdeps ($(echo $found | tr ' ' ','))"

version=$(sed -n "s/^version=//p" target/classes/org/referraldesk/app/app.properties)
if [[ ! -d src/main/java/org/referraldesk/cli ]]; then
  echo "SKIP: --version and due --json (no command line in this build yet)"
  exit 0
fi
out=$("$launcher" --version)
echo "\$ ReferralDesk --version -> $out"
[[ $out == *"${version%-SNAPSHOT}"* ]] || { echo "FAIL: --version does not print $version" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
json=$("$launcher" --db "$tmp/desk" due --json)
echo "\$ ReferralDesk --db $tmp/desk due --json -> $json"
[[ $json == \[* || $json == \{* ]] || { echo "FAIL: due --json printed no JSON" >&2; exit 1; }

# the slimmed ICU4J in the image still reorders and shapes right-to-left names on the card list
"$launcher" --db "$tmp/desk" referral add --referrer "كريم ناصر" --client "נועה כהן" --need "a new roof"
"$launcher" --db "$tmp/desk" cards pdf "$tmp/cards.pdf"
[[ -s $tmp/cards.pdf ]] || { echo "FAIL: cards pdf wrote nothing" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
  echo "pdftotext of the card list:"; pdftotext "$tmp/cards.pdf" - | sed -n '1,8p'
fi
echo "OK: the packaged launcher runs the command line"
