#!/usr/bin/env bash
# The check step of the GitHub Action (action.yml): annotations (errors first) and the job summary come from
# `opmaat check --format github` itself inside Actions; optionally a SARIF file for code scanning.
# Inputs arrive as environment variables so that no input is ever pasted into shell code.
set -uo pipefail
opmaat="${OPMAAT:?the opmaat launcher}"
read -r -a plans <<< "${OPMAAT_PLANS:-.}"
args=()
[ -n "${OPMAAT_FAIL_ON:-}" ] && args+=(--fail-on "$OPMAAT_FAIL_ON")
[ "${OPMAAT_READABILITY:-false}" = "true" ] && args+=(--leesbaarheid)
[ -n "${OPMAAT_PLUGINS:-}" ] && args+=(--plugins "$OPMAAT_PLUGINS")

"$opmaat" check "${plans[@]}" "${args[@]}" --format github
code=$?
if [ "${OPMAAT_SARIF:-false}" = "true" ]; then
  # The same findings for code scanning; its exit code is the same as above, so it is not looked at again.
  "$opmaat" check "${plans[@]}" "${args[@]}" --quiet --format sarif --output "${OPMAAT_SARIF_FILE:-opmaat.sarif}" || true
fi
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
