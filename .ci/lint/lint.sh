#!/usr/bin/env bash
# Lints every diagram in processes/ with the rules Camunda Modeler applies (bpmnlint's recommended
# set plus Camunda's compatibility rules for Camunda 7.24). Exits non-zero on any error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [[ ! -d node_modules/bpmnlint ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
shopt -s nullglob
diagrams=("$here"/../../processes/*.bpmn)
if (( ${#diagrams[@]} == 0 )); then
  echo "no diagrams in processes/" >&2
  exit 1
fi
npx --no-install bpmnlint --config "$here/.bpmnlintrc" "${diagrams[@]}"
echo "bpmnlint: ${#diagrams[@]} diagram(s), no errors"
