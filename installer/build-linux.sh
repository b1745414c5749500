#!/usr/bin/env bash
# Builds LiaisonDesk's Linux app-image and .deb into <build dir>/installer/ (see installer/README.md).
#
#   installer/build-linux.sh                 runs `mvn package` first (tests skipped), then packages
#   installer/build-linux.sh --skip-build    packages the existing <build dir>/liaisondesk/ folder
#   BUILD_DIR=/tmp/x installer/build-linux.sh   the same as mvn -DbuildDir=/tmp/x (default: ./target)
#
# Needs a JDK 17 (jlink, jpackage, jdeps), dpkg-deb and fakeroot, unshare (util-linux) and an X display or
# xvfb-run for the AppCDS training run (without them the package is still built, only without the archive),
# and a CJK font for the splash image (Debian: fonts-wqy-microhei).
set -euo pipefail

cd "$(dirname "$0")/.."
project=$(pwd)
build_dir=${BUILD_DIR:-$project/target}
app_folder=$build_dir/liaisondesk
out=$build_dir/installer
work=$out/work

if [ "${1:-}" != "--skip-build" ]; then
  mvn -B -q package -Dmaven.test.skip=true -DbuildDir="$build_dir"
fi
[ -f "$app_folder/liaisondesk.jar" ] || { echo "no $app_folder/liaisondesk.jar: run mvn package first" >&2; exit 1; }

# The pom's version, as Maven wrote it into the jar's manifest; packages take only its numeric part (0.1.0-SNAPSHOT -> 0.1.0).
version=$(unzip -p "$app_folder/liaisondesk.jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
[ -n "$version" ] || { echo "the jar's manifest has no Implementation-Version" >&2; exit 1; }
package_version=${version%%-*}

rm -rf "$out"
mkdir -p "$work/input"
cp -r "$app_folder/liaisondesk.jar" "$app_folder/lib" "$work/input/"
java installer/icons/IconGenerator.java splash "$work/input/splash.png" "$version"

echo "== jdeps: modules the jar and its libraries use"
jdeps_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$app_folder/lib/*" "$app_folder/liaisondesk.jar")
modules=$(grep -v '^\s*#' installer/runtime-modules.txt | grep -v '^\s*$' | paste -sd, -)
for m in ${jdeps_modules//,/ }; do
  case ",$modules," in *",$m,"*) ;; *) echo "jdeps reports $m, which installer/runtime-modules.txt lacks" >&2; exit 1 ;; esac
done

echo "== jlink: runtime with $modules"
# --generate-cds-archive writes the JDK's own class archive, which the application archive below builds on.
jlink --add-modules "$modules" --include-locales='zh-*,en' \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$work/runtime"

echo "== jpackage: app-image"
jpackage --type app-image @installer/jpackage-common.txt @installer/jpackage-launcher.txt \
  --app-version "$package_version" --input "$work/input" --runtime-image "$work/runtime" \
  --icon installer/icons/liaisondesk-256.png --dest "$out"

image=$out/LiaisonDesk
cfg=$image/lib/app/LiaisonDesk.cfg

echo "== AppCDS: training run (opens the main window on a throw-away register, exits after the first frame)"
# JDK 17 accepts an application archive only when the class path is the one it was made with, and the launcher
# puts absolute paths on it; so the training run sees the image where the .deb installs it, through a private
# mount namespace (nothing outside this command sees the mount; no root needed).
install_dir=$(sed -n 's/^--install-dir //p' installer/linux/jpackage-linux.txt)/$(sed -n 's/^--linux-package-name //p' installer/linux/jpackage-linux.txt)
training_data=$(mktemp -d)
run_with_display=()
if [ -z "${DISPLAY:-}" ]; then run_with_display=(xvfb-run -a); fi
"$image/bin/LiaisonDesk" --data-dir "$training_data" demo > "$out/demo.log" 2>&1 \
  || echo "   the demo register was not loaded (see $out/demo.log); training on an empty one" >&2
# CDS also checks each jar's size and modification time, and jpackage's copies for the .deb get new times: the
# jars are stamped with one time now, and dpkg-deb clamps every file's time to it (SOURCE_DATE_EPOCH below).
stamp=$(date +%s)
find "$image/lib/app" -name '*.jar' -exec touch -d "@$stamp" {} +
cp "$cfg" "$work/LiaisonDesk.cfg.orig"
cat >> "$cfg" <<EOF
java-options=-XX:ArchiveClassesAtExit=\$APPDIR/app.jsa
java-options=-Dliaisondesk.exitAfterFirstFrame=true
java-options=-Dliaisondesk.dataDir=$training_data
EOF
if unshare --user --map-root-user --mount --propagation private bash -c \
      'mount -t tmpfs none "$(dirname "$1")" && mkdir -p "$1" && mount --bind "$2" "$1" && shift 2 && exec "$@"' \
      _ "$install_dir" "$image" "${run_with_display[@]}" "$install_dir/bin/LiaisonDesk" > "$out/training.log" 2>&1 \
    && grep -q '^first-frame-ms ' "$out/training.log" && [ -s "$image/lib/app/app.jsa" ]; then
  cp "$work/LiaisonDesk.cfg.orig" "$cfg"
  # -Xshare:auto: an archive that does not fit (another path, another runtime) is ignored, never fatal.
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' 'java-options=-Xshare:auto' >> "$cfg"
  echo "   $(grep '^first-frame-ms ' "$out/training.log"), archive $(du -h "$image/lib/app/app.jsa" | cut -f1)"
else
  cp "$work/LiaisonDesk.cfg.orig" "$cfg"
  rm -f "$image/lib/app/app.jsa"
  echo "   training run failed (see $out/training.log); the package is built without the archive" >&2
fi
rm -rf "$training_data"

echo "== jpackage: deb"
SOURCE_DATE_EPOCH=${stamp:-$(date +%s)} jpackage --type deb @installer/jpackage-common.txt @installer/linux/jpackage-linux.txt \
  --app-version "$package_version" --app-image "$image" \
  --icon installer/icons/liaisondesk-256.png --dest "$out"

rm -rf "$work"
echo "== done"
ls -la "$out"
du -sh "$image"
