#!/bin/sh
# Makes Wireshark (4.x) name pcrfd's own AVPs (and the TS 29.215 AVPs Wireshark 4.0 lacks).
#
# Wireshark reads its Diameter dictionary only from its *data* folder (4.0 has no preference
# for an extra file and ignores the personal configuration folder for it). The stock
# dictionary.xml there includes Custom.xml, an empty template meant for local additions, so
# pcrfd.xml is installed as that Custom.xml:
#
#   install.sh --system   replace <data folder>/diameter/Custom.xml (needs root)
#   install.sh DIR        build a private data folder DIR (symlinks to the global one, with
#                         its own diameter/Custom.xml); then run, as a normal user,
#                         WIRESHARK_DATA_DIR=DIR tshark ...   (Wireshark ignores the variable
#                         when it runs as root)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
global=$(tshark -G folders 2>/dev/null | sed -n 's/^Global configuration:[[:space:]]*//p')
global=${global:-/usr/share/wireshark}
target=${1:?usage: install.sh --system | install.sh DIR}

if [ "$target" = "--system" ]; then
    cp "$here/pcrfd.xml" "$global/diameter/Custom.xml"
    echo "installed pcrfd.xml as $global/diameter/Custom.xml"
    exit 0
fi
mkdir -p "$target/diameter"
for entry in "$global"/*; do
    name=$(basename "$entry")
    [ "$name" = diameter ] || ln -sfn "$entry" "$target/$name"
done
for file in "$global"/diameter/*; do
    ln -sfn "$file" "$target/diameter/$(basename "$file")"
done
rm -f "$target/diameter/Custom.xml"
cp "$here/pcrfd.xml" "$target/diameter/Custom.xml"
echo "private Wireshark data folder in $target: run WIRESHARK_DATA_DIR=$target tshark ... (not as root)"
