#!/usr/bin/env bash
# Builds the plugin jar (plugin/target/svgroups.jar, ready to upload in Openfire's admin console) and, given an
# Openfire 5.1.1 home, runs a local demo server with it: a scratch copy in ./demo/openfire with the embedded
# database and the demo users alice, bob, carol and dave (password "secret"), all friends. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -Dstyle.color=never -DskipTests package
echo "Plugin jar: $(pwd)/plugin/target/svgroups.jar"
if [ $# -eq 0 ]; then
    echo "Give an Openfire 5.1.1 home to run the demo server: ./demo.sh /path/to/openfire"
    exit 0
fi
exec java -cp integration-tests/target/classes org.svgroups.it.server.DemoServer \
    "$1" plugin/target/svgroups.jar demo/openfire
