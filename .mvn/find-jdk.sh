# Sourced by ./mvnw (POSIX sh, under set -euf) and .ci/run: makes JAVA_HOME point at a JDK 21+.
# Keeps a JAVA_HOME that is already 21+; otherwise picks the newest 21+ JDK among the java on
# PATH, /usr/lib/jvm/* and /opt/*. When there is none it changes nothing, so Maven's enforcer
# (or .ci/run) says clearly what is missing.

pcrfd_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pcrfd_find_jdk() {
  pcrfd_best=""
  pcrfd_best_v=0
  pcrfd_path_jdk=""
  if command -v java >/dev/null 2>&1; then
    pcrfd_path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  case $- in *f*) pcrfd_noglob=1 ;; *) pcrfd_noglob=0 ;; esac
  set +f # mvnw runs with globbing off
  for pcrfd_c in "${JAVA_HOME:-/nonexistent}" "$pcrfd_path_jdk" /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    pcrfd_c=${pcrfd_c%/}
    [ -n "$pcrfd_c" ] && [ -x "$pcrfd_c/bin/java" ] && [ -x "$pcrfd_c/bin/javac" ] || continue
    pcrfd_v=$(pcrfd_java_major "$pcrfd_c/bin/java")
    [ -n "$pcrfd_v" ] || continue
    if [ "$pcrfd_v" -ge 21 ] && [ "$pcrfd_v" -gt "$pcrfd_best_v" ]; then
      pcrfd_best=$pcrfd_c
      pcrfd_best_v=$pcrfd_v
    fi
  done
  [ "$pcrfd_noglob" = 1 ] && set -f
  [ -n "$pcrfd_best" ] && printf '%s\n' "$pcrfd_best"
  return 0
}

pcrfd_current=0
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  pcrfd_current=$(pcrfd_java_major "$JAVA_HOME/bin/java")
  pcrfd_current=${pcrfd_current:-0}
fi
if [ "$pcrfd_current" -lt 21 ]; then
  pcrfd_jdk=$(pcrfd_find_jdk)
  if [ -n "$pcrfd_jdk" ]; then
    JAVA_HOME=$pcrfd_jdk
    export JAVA_HOME
  fi
fi
