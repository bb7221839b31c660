#!/bin/sh
# Prints the home of a JDK 21 or newer, for ./mvnw, ./aura360 and .ci/run.
# Order: $JAVA_HOME, the `java` on PATH, then JDKs under /usr/lib/jvm and /opt (newest first).
# Exits 1 with a message on stderr when none is found.

# From the JDK's release file when it has one (every JDK since 9): reading it is instant, where asking the JVM
# costs a launch (0.05-0.1 s each, and ./aura360 pays it at every start).
major_of() {
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$major" ]; then
    major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  printf '%s\n' "$major"
}

accept() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(major_of "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] || return 1
  printf '%s\n' "$1"
  exit 0
}

accept "${JAVA_HOME:-}"
if command -v javac >/dev/null 2>&1; then
  accept "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* 2>/dev/null | sort -rV); do
  accept "$candidate"
done
echo "No JDK 21+ found: set JAVA_HOME to one (looked in JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
exit 1
