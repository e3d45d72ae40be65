# Sourced by ./ember, ./run-tests and tools: sets EMBER_JAVA_HOME to a JDK >= 25.
# Order: $EMBER_JAVA_HOME, $JAVA_HOME, then JDKs installed under /usr/lib/jvm and /opt.
ember_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null
}
ember_find_jdk() {
  local c
  for c in "${EMBER_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$c" ] && ember_jdk_ok "$c" && { EMBER_JAVA_HOME="$c"; return 0; }
  done
  for c in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /opt/jdk-25* /opt/java/*25* /usr/lib/jvm/*; do
    [ -d "$c" ] && ember_jdk_ok "$c" && { EMBER_JAVA_HOME="$c"; return 0; }
  done
  echo "ember: no JDK 25 or newer found; install one (e.g. Temurin 25) or set EMBER_JAVA_HOME" >&2
  return 1
}
