# shellcheck shell=sh
# Sourced by bin/opmaat (release zip) and ./opmaat (a checkout): starts Java with a class-data cache made for the JVM
# that runs it, so a short `opmaat check` skips most class loading and verification (ARCHITECTURE.md, Performance).
#  - Java 25 or later: an AOT cache (JEP 483/514/515). A miss records a configuration during the run itself
#    (-XX:AOTMode=record) and assembles the cache afterwards in the background, so the user waits for nothing.
#  - Java 17 to 24: a static AppCDS archive. A miss records the classes the run loads (-XX:DumpLoadedClassList) and
#    dumps the archive afterwards in the background (-Xshare:dump).
# The file name holds a checksum of the Java installation (its path and release file) and of the jars (name, size and
# time of every jar: what the JVM checks too), so a rebuilt jar or another JDK gets a cache of its own. The key is
# computed with shell built-ins and three small programs (readlink, stat, cksum): it runs before every command, and
# the per-jar checksums it used to take cost more than `java -version` itself. Anything
# that does not work (no writable folder, an unknown Java, a damaged cache) runs Java without a cache and says
# nothing: the JVM's own cache messages are switched off, and a damaged cache is ignored (-Xshare:auto, AOTMode=auto).
# OPMAAT_CLASS_CACHE=off runs without a cache.

# Prints "<feature version> <checksum of the installation>" for a java command, or fails. The release file is read by
# the shell; only a java reached through a symbolic link (/usr/bin/java) needs readlink.
opmaat_java_identity() {
  case $1 in
    */*) _oc_bin=$1 ;;
    *) _oc_bin=$(command -v "$1" 2>/dev/null) || return 1 ;;
  esac
  _oc_real=$_oc_bin
  if [ -h "$_oc_bin" ]; then
    _oc_real=$(readlink -f "$_oc_bin" 2>/dev/null) || _oc_real=$_oc_bin
  fi
  _oc_release="${_oc_real%/bin/java}/release"
  _oc_version=
  if [ -f "$_oc_release" ]; then
    _oc_text=
    while IFS= read -r _oc_line || [ -n "$_oc_line" ]; do
      _oc_text="$_oc_text$_oc_line
"
      case $_oc_line in
        JAVA_VERSION=*) _oc_version=${_oc_line#JAVA_VERSION=}; _oc_version=${_oc_version#\"}; _oc_version=${_oc_version%%[!0-9]*} ;;
      esac
    done <"$_oc_release"
  else
    _oc_text=$("$1" -version 2>&1 | head -n 1)
    _oc_version=$(echo "$_oc_text" | sed -n 's/^[^"]*"\([0-9][0-9]*\).*/\1/p')
  fi
  [ -n "$_oc_version" ] || return 1
  _oc_sum=$(printf '%s\n%s' "$_oc_real" "$_oc_text" | cksum)
  echo "$_oc_version ${_oc_sum%% *}"
}

# Prints a checksum of the jars given: their names, sizes and modification times (a rebuilt jar always has a new time).
opmaat_jars_key() {
  _oc_sum=$( { stat -c '%n %s %Y' "$@" 2>/dev/null || ls -ln "$@"; } | cksum)
  echo "${_oc_sum%% *}"
}

# Prints "render" for the commands that render a plan (PDF, DOCX, HTML), "check" for every other command.
opmaat_command_kind() {
  case ${1:-} in
    build | summary | diff | serve) echo render ;;
    *) echo check ;;
  esac
}

# Prints the garbage collector options for a command. A check (of one plan, or of many on all cores) collects faster
# with the parallel collector: 150 plans took 15-18 % less time than with the serial one (Java 17 and 25), one plan
# 4 %. The commands that render keep the serial collector (no faster there, and the largest build stays smaller) with a
# young generation of 48 MB instead of a third of the heap: every young collection touches all of it, and with the
# default the largest build peaked at 259-266 MB of memory on Java 25 (256 MiB is the budget), 244-246 MB with it, in
# the same time.
opmaat_gc_options() {
  if [ "$(opmaat_command_kind "${1:-}")" = render ]; then
    echo "-XX:+UseSerialGC -Xmn48m"
  else
    echo "-XX:+UseParallelGC"
  fi
}

# opmaat_cached_java <java> <cache folder> <jars key> <class path> <main class> [arguments...]
# Runs the main class with the JVM options in $opmaat_jvm_options and a class-data cache; returns Java's exit code.
opmaat_cached_java() {
  _oc_java=$1 _oc_dir=$2 _oc_jars=$3 _oc_cp=$4
  shift 4
  if [ "${OPMAAT_CLASS_CACHE:-}" = off ] || ! _oc_id=$(opmaat_java_identity "$_oc_java") \
      || ! mkdir -p "$_oc_dir" 2>/dev/null || [ ! -w "$_oc_dir" ]; then
    # shellcheck disable=SC2086
    "$_oc_java" $opmaat_jvm_options -cp "$_oc_cp" "$@"
    return
  fi
  _oc_feature=${_oc_id%% *}
  # A cache holds the classes its first run loaded: one per command that renders (build: PDF and DOCX, some 5,000
  # classes more than a check; summary, diff and serve load less) and one for the rest, so neither a first `check` nor a
  # first `serve` leaves every later `build` loading thousands of classes from the jars.
  _oc_kind=check
  if [ "$(opmaat_command_kind "${2:-}")" = render ]; then _oc_kind=$2; fi
  _oc_base="$_oc_dir/opmaat-java${_oc_feature}-${_oc_id#* }-${_oc_jars}-${_oc_kind}"
  if [ "$_oc_feature" -ge 25 ]; then
    _oc_quiet="-Xlog:cds*=off -Xlog:aot*=off"
    if [ -f "$_oc_base.aot" ]; then
      # shellcheck disable=SC2086
      "$_oc_java" $_oc_quiet -XX:AOTCache="$_oc_base.aot" $opmaat_jvm_options -cp "$_oc_cp" "$@"
      return
    fi
    _oc_config="$_oc_base.$$.aotconf"
    # The record run prints "AOTConfiguration recorded" on the VM's own output; that output is switched off.
    # shellcheck disable=SC2086
    if "$_oc_java" $_oc_quiet -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:AOTMode=record \
        -XX:AOTConfiguration="$_oc_config" $opmaat_jvm_options -cp "$_oc_cp" "$@"; then _oc_rc=0; else _oc_rc=$?; fi
    if [ -s "$_oc_config" ]; then
      # shellcheck disable=SC2086
      ( if "$_oc_java" $_oc_quiet -XX:AOTMode=create -XX:AOTConfiguration="$_oc_config" \
            -XX:AOTCacheOutput="$_oc_base.$$.tmp" $opmaat_jvm_options -cp "$_oc_cp" && [ -s "$_oc_base.$$.tmp" ]; then
          mv -f "$_oc_base.$$.tmp" "$_oc_base.aot"
        fi
        rm -f "$_oc_config" "$_oc_base.$$.tmp" ) </dev/null >/dev/null 2>&1 &
    else
      rm -f "$_oc_config"
    fi
    return $_oc_rc
  fi
  if [ "$_oc_feature" -ge 17 ]; then
    _oc_quiet="-Xlog:cds*=off -Xlog:class+path=off"
    if [ -f "$_oc_base.jsa" ]; then
      # shellcheck disable=SC2086
      "$_oc_java" $_oc_quiet -Xshare:auto -XX:SharedArchiveFile="$_oc_base.jsa" $opmaat_jvm_options -cp "$_oc_cp" "$@"
      return
    fi
    # A static archive, not a dynamic one (-XX:ArchiveClassesAtExit): Java 17's dynamic archive leaves out classes
    # compiled for Java 5 or older, and picocli is compiled for Java 5, so every run loaded and verified its ~180
    # classes from the jar. The run records the classes it loads; the archive is dumped afterwards in the background.
    _oc_list="$_oc_base.$$.classlist"
    # shellcheck disable=SC2086
    if "$_oc_java" $_oc_quiet -XX:DumpLoadedClassList="$_oc_list" $opmaat_jvm_options -cp "$_oc_cp" "$@"; then
      _oc_rc=0
    else
      _oc_rc=$?
    fi
    if [ -s "$_oc_list" ]; then
      # shellcheck disable=SC2086
      ( if "$_oc_java" $_oc_quiet -Xshare:dump -XX:SharedClassListFile="$_oc_list" \
            -XX:SharedArchiveFile="$_oc_base.$$.tmp" $opmaat_jvm_options -cp "$_oc_cp" && [ -s "$_oc_base.$$.tmp" ]; then
          mv -f "$_oc_base.$$.tmp" "$_oc_base.jsa"
        fi
        rm -f "$_oc_list" "$_oc_base.$$.tmp" ) </dev/null >/dev/null 2>&1 &
    else
      rm -f "$_oc_list"
    fi
    return $_oc_rc
  fi
  # shellcheck disable=SC2086
  "$_oc_java" $opmaat_jvm_options -cp "$_oc_cp" "$@"
}
