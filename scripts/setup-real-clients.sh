#!/usr/bin/env bash
# Installs what the real-editor tests (test/real) need, and reuses what a previous run installed:
#   - Debian packages: chromium (the browser playwright-core drives), neovim and emacs-nox with
#     elpa-eglot (the other LSP clients), libkrb5-dev and ripgrep (code-server's native build and
#     its search), each only when missing;
#   - code-server CODE_SERVER_VERSION from the npm registry, in a cache directory shared by every
#     checkout on the machine: $UNRES_REAL_CLIENTS_DIR, by default ~/.cache/unres-real-clients;
#   - a current Neovim beside it (neovim-current/): Debian's stable release ships 0.7.2, so the
#     packages of Debian unstable are fetched from Debian's archive and unpacked there (never
#     installed), with the C library they need, behind a wrapper script that starts nvim with it.
# code-server's own install script fetches ripgrep from outside the npm registry, so it is installed
# without scripts, given Debian's rg, and its native modules are rebuilt from source.
# Under CI (CI set) anything missing is an error; elsewhere the script warns and exits 0, and the
# real-editor tests then skip, saying what is missing.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_DIR=${UNRES_REAL_CLIENTS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/unres-real-clients}
CODE_SERVER_DIR=$CACHE_DIR/code-server-$CODE_SERVER_VERSION
# Written last: a code-server directory without it is a broken install, removed and redone.
INSTALLED_MARK=$CODE_SERVER_DIR/.installed

# When run from `npm test`, npm's environment names this project as the prefix: the nested installs
# below must go into their own directories.
unset npm_config_local_prefix npm_config_prefix
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

give_up() {
  if [ -n "${CI:-}" ]; then
    echo "setup-real-clients: error: $1" >&2
    exit 1
  fi
  echo "setup-real-clients: warning: $1; the real-editor tests will be skipped." >&2
  exit 0
}

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v nvim >/dev/null || missing+=(neovim)
  command -v emacs >/dev/null || missing+=(emacs-nox)
  dpkg-query -W -f='${Status}' elpa-eglot 2>/dev/null | grep -q 'install ok installed' || missing+=(elpa-eglot)
  command -v rg >/dev/null || missing+=(ripgrep)
  dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || missing+=(libkrb5-dev)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    give_up "missing Debian packages (${missing[*]}); install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
  fi
  echo "setup-real-clients: installing ${missing[*]}"
  apt-get update -qq || give_up "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    give_up "apt-get install ${missing[*]} failed"
}

install_code_server() {
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  echo "setup-real-clients: installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR"
  (
    set -e
    cd "$CODE_SERVER_DIR"
    echo '{ "name": "unres-real-clients", "private": true }' >package.json
    npm install --prefix . --ignore-scripts --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
    # argon2 is loaded at startup even with --auth none; its prebuilt download is out of reach,
    # and it falls back to a build from source.
    npm rebuild --prefix . --loglevel=error argon2
    cd node_modules/code-server/lib/vscode
    npm install --prefix . --omit=dev --ignore-scripts --loglevel=error
    # With bin/ present, @vscode/ripgrep's install script keeps it instead of downloading rg.
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    # node-pty's install script runs `npx node-gyp`, which must not stop to ask.
    npm_config_yes=true npm rebuild --prefix . --loglevel=error
    # The rest of code-server's own post-install step.
    rm -rf node_modules.asar
    ln -s node_modules node_modules.asar
    ln -sf code-linux.sh bin/remote-cli/code-server
    ln -sf browser-linux.sh bin/helpers/browser.sh
    # The built-in extensions' dependencies (typescript for the TypeScript features).
    cd extensions
    npm install --prefix . --omit=dev --loglevel=error >/dev/null
  ) || give_up "the code-server $CODE_SERVER_VERSION install failed"
  "$CODE_SERVER_DIR/node_modules/.bin/code-server" --version >/dev/null || give_up "the installed code-server does not run"
  echo "$CODE_SERVER_VERSION" >"$INSTALLED_MARK"
}

# The packages a current nvim needs from Debian unstable: nvim, its runtime files, the libraries it
# links (with the C library and its loader) and the Lua modules it loads.
CURRENT_NEOVIM_PACKAGES=(neovim neovim-runtime libc6 libgcc-s1 libluajit-5.1-2 libluajit-5.1-common libtree-sitter0.26 libunibilium4 libutf8proc3 libuv1t64 lua-lpeg lua-luv)
CURRENT_NEOVIM_DIR=$CACHE_DIR/neovim-current
DEBIAN_ARCHIVE=http://deb.debian.org/debian

install_current_neovim() {
  [ -x "$CURRENT_NEOVIM_DIR/nvim" ] && return 0
  echo "setup-real-clients: unpacking a current Neovim from Debian unstable into $CURRENT_NEOVIM_DIR"
  local work
  work=$(mktemp -d)
  (
    set -e
    cd "$work"
    curl -fsS -o Packages.xz "$DEBIAN_ARCHIVE/dists/sid/main/binary-amd64/Packages.xz" || exit 1
    xz -dc Packages.xz >Packages || exit 1
    mkdir root
    for package in "${CURRENT_NEOVIM_PACKAGES[@]}"; do
      file=$(awk -v name="$package" '$0 == "Package: " name { found = 1 } found && /^Filename:/ { print $2; exit }' Packages)
      [ -n "$file" ] || { echo "no package $package in Debian unstable" >&2; exit 1; }
      curl -fsS -o package.deb "$DEBIAN_ARCHIVE/$file" || exit 1
      dpkg-deb -x package.deb root || exit 1
    done
    rm -rf "$CURRENT_NEOVIM_DIR" && mv root "$CURRENT_NEOVIM_DIR"
  ) || { rm -rf "$work"; give_up "unpacking a current Neovim from Debian unstable failed"; }
  rm -rf "$work"
  cat >"$CURRENT_NEOVIM_DIR/nvim.tmp" <<WRAPPER
#!/bin/sh
# Debian unstable's nvim, run with the C library unpacked beside it.
root='$CURRENT_NEOVIM_DIR'
export VIMRUNTIME="\$root/usr/share/nvim/runtime"
export LUA_CPATH="\$root/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;"
exec "\$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "\$root/usr/lib/x86_64-linux-gnu:\$root/lib/x86_64-linux-gnu" "\$root/usr/bin/nvim" "\$@"
WRAPPER
  chmod +x "$CURRENT_NEOVIM_DIR/nvim.tmp"
  "$CURRENT_NEOVIM_DIR/nvim.tmp" --version >/dev/null || give_up "the current Neovim unpacked from Debian unstable does not run"
  mv "$CURRENT_NEOVIM_DIR/nvim.tmp" "$CURRENT_NEOVIM_DIR/nvim"
}

install_debian_packages
mkdir -p "$CACHE_DIR"
# Checkouts on one machine share the cache: one install at a time.
exec 9>"$CACHE_DIR/.lock"
flock 9
if [ -f "$INSTALLED_MARK" ]; then
  echo "setup-real-clients: chromium, nvim, emacs with eglot and code-server $CODE_SERVER_VERSION are installed"
else
  install_code_server
fi
install_current_neovim
