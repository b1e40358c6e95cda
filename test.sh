#!/usr/bin/env bash
# Runs every test: unit and component tests always; the real-server suite too when an Openfire 5.1.1 home is
# given (OPENFIRE_HOME=/path/to/openfire ./test.sh, or -Dopenfire.home=...), with Openfire on its embedded
# database unless OPENFIRE_DATABASE (or -Dopenfire.database) says postgresql, mariadb or mysql; HAZELCAST_JAR (or
# -Dhazelcast.jar) names the Hazelcast plugin jar for the two-node cluster tests. Extra arguments go to Maven.
# Ends with one line counting every test of every module.
set -uo pipefail
cd "$(dirname "$0")"
args=(-B -Dstyle.color=never clean verify)
# The upgrade test (UpgradeIT) starts from the previous release: built once from the tag v0.4.0 into a cache
# folder, unless SVGROUPS_PREVIOUS_JAR names its jar. Without the tag (a shallow clone) the test says it was skipped.
previous_jar() {
    local commit dir
    commit=$(git rev-parse -q --verify 'v0.4.0^{commit}') || return 0
    dir="${TMPDIR:-/tmp}/svgroups-0.4.0-$commit"
    if [ ! -f "$dir/plugin/target/svgroups.jar" ]; then
        rm -rf "$dir" && mkdir -p "$dir" && git archive "$commit" | tar -x -C "$dir"
        (cd "$dir" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2 || return 0
    fi
    echo "$dir/plugin/target/svgroups.jar"
}
if [ -n "${OPENFIRE_HOME:-}" ]; then
    args+=("-Dopenfire.home=$OPENFIRE_HOME")
    previous="${SVGROUPS_PREVIOUS_JAR:-$(previous_jar)}"
    if [ -n "$previous" ]; then
        args+=("-Dsvgroups.previous.jar=$previous")
    fi
fi
if [ -n "${HAZELCAST_JAR:-}" ]; then
    args+=("-Dhazelcast.jar=$HAZELCAST_JAR")
fi
if [ -n "${OPENFIRE_DATABASE:-}" ]; then
    args+=("-Dopenfire.database=$OPENFIRE_DATABASE")
fi
mvn "${args[@]}" "$@"
status=$?
echo
# Surefire and Failsafe write one TEST-*.xml per test class; add up their counts.
cat */target/surefire-reports/TEST-*.xml */target/failsafe-reports/TEST-*.xml 2>/dev/null \
    | grep -o '<testsuite [^>]*>' \
    | awk '{
        for (i = 1; i <= NF; i++) {
            split($i, kv, "=");
            gsub(/[">]/, "", kv[2]);
            if (kv[1] == "tests") t += kv[2];
            if (kv[1] == "failures" || kv[1] == "errors") f += kv[2];
            if (kv[1] == "skipped") s += kv[2];
        }
      } END { printf "tests: %d passed, %d failed, %d skipped\n", t - f - s, f, s }'
exit $status
