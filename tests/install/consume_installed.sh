#!/usr/bin/env bash
# Installs this build into a temporary prefix, builds examples/search_a_folder against it with
# find_package(Lectern), and runs it on corpus/: the library works for another project. The man
# page and the shell completions are installed too.
# Usage: consume_installed.sh BUILD_DIR SOURCE_DIR SANITIZE(ON|OFF)
set -euo pipefail
build_dir=$1 source_dir=$2 sanitize=${3:-OFF}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
for file in include/lectern/searcher/searcher.h include/lectern/indexer/indexer.h bin/lectern \
            lib/cmake/Lectern/LecternConfig.cmake lib/cmake/Lectern/LecternConfigVersion.cmake \
            share/man/man1/lectern.1 share/bash-completion/completions/lectern \
            share/zsh/vendor-completions/_lectern share/fish/vendor_completions.d/lectern.fish; do
  [[ -e $work/prefix/$file ]] || { echo "not installed: $file" >&2; exit 1; }
done

flags=()
# A sanitized Lectern's static libraries need the sanitizer runtime in the program too.
[[ $sanitize == ON ]] && flags=(-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined)
cmake -S "$source_dir/examples/search_a_folder" -B "$work/example" -DCMAKE_PREFIX_PATH="$work/prefix" \
      "${flags[@]}" >/dev/null
cmake --build "$work/example" -j 2 >/dev/null

out=$(ASAN_OPTIONS=detect_leaks=0:new_delete_type_mismatch=0 \
      "$work/example/search_a_folder" "$source_dir/corpus" "$work/db" siege of leningrad)
echo "$out"
grep -q '^indexed [1-9][0-9]* reviews' <<<"$out" || { echo "the example indexed nothing" >&2; exit 1; }
grep -q '^1\. ' <<<"$out" || { echo "the example found nothing" >&2; exit 1; }
grep -q '\[' <<<"$out" || { echo "no highlighted words in the example's snippets" >&2; exit 1; }
