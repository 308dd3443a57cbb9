# Sourced by ./parley, ./build and .ci/run: exports JAVA_HOME as a JDK 21 or newer, or exits with a
# message saying how to get one. Order: $JAVA_HOME if it is new enough, then the newest under
# /usr/lib/jvm (and /opt/java, ~/.sdkman), then `java` on the PATH.

parley_java_major() {  # prints the feature version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1
}

parley_select_jdk() {
  local c major best="" best_major=0 seen=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(parley_java_major "$JAVA_HOME/bin/java"); major=${major%%.*}
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  # PARLEY_JDK_SEARCH (a space-separated list of JDK folders) replaces the usual places, for tests
  local candidates=(/usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*)
  if [ -n "${PARLEY_JDK_SEARCH:-}" ]; then
    read -r -a candidates <<< "$PARLEY_JDK_SEARCH"
  fi
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    case "$seen " in *" $c ("*) continue ;; esac
    major=$(parley_java_major "$c/bin/java"); major=${major%%.*}
    seen="$seen ${c} (${major:-unknown})"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    local where="\$JAVA_HOME, /usr/lib/jvm, /opt/java, ~/.sdkman and the PATH"
    [ -n "${PARLEY_JDK_SEARCH:-}" ] && where="\$JAVA_HOME, $PARLEY_JDK_SEARCH (PARLEY_JDK_SEARCH) and the PATH"
    echo "parley: no JDK 21 or newer found (looked at $where)." >&2
    [ -n "$seen" ] && echo "parley: found only:$seen" >&2
    echo "parley: install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+/25 build) and set JAVA_HOME to it." >&2
    exit 2
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

parley_select_jdk
