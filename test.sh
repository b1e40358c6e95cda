#!/usr/bin/env bash
# Runs every test: unit and component tests always; the real-server suite too when an Openfire 5.1.1 home is
# given (OPENFIRE_HOME=/path/to/openfire ./test.sh, or -Dopenfire.home=...), with Openfire on its embedded
# database unless OPENFIRE_DATABASE (or -Dopenfire.database) says postgresql or mariadb. Extra arguments go to Maven.
# Ends with one line counting every test of every module.
set -uo pipefail
cd "$(dirname "$0")"
args=(-B -Dstyle.color=never clean verify)
if [ -n "${OPENFIRE_HOME:-}" ]; then
    args+=("-Dopenfire.home=$OPENFIRE_HOME")
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
