#!/bin/sh
# Installs pcrfd.xml into a Wireshark personal configuration so that captures name pcrfd's
# project-specific AVPs. Wireshark reads diameter/dictionary.xml from the personal
# configuration folder *instead of* the global one when that folder exists, so the global
# dictionary is copied there first and pcrfd.xml becomes its Custom.xml (which the global
# dictionary.xml already includes as &Custom;).
#
# usage: install.sh [CONFIG_DIR]   (default: $WIRESHARK_CONFIG_DIR, else ~/.config/wireshark)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-${WIRESHARK_CONFIG_DIR:-$HOME/.config/wireshark}}
global=$(tshark -G folders 2>/dev/null | sed -n 's/^Global configuration:[[:space:]]*//p')
global=${global:-/usr/share/wireshark}
mkdir -p "$target/diameter"
cp "$global"/diameter/* "$target/diameter/"
cp "$here/pcrfd.xml" "$target/diameter/Custom.xml"
echo "installed pcrfd.xml into $target/diameter (Custom.xml)"
