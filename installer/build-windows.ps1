# Builds LiaisonDesk's Windows installer (.msi) into <build dir>\installer\ (see installer\README.md).
# UNTESTED: written on Linux, where jpackage cannot make Windows packages; run it on Windows before relying on it.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1              mvn package, then package
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -SkipBuild   package target\liaisondesk\
#   ... -BuildDir C:\tmp\x                                                             same as mvn -DbuildDir=C:\tmp\x
#
# Needs JDK 17 (jlink, jpackage, jdeps on PATH), Maven, and WiX Toolset 3.x (candle.exe and light.exe on PATH;
# JDK 17's jpackage does not work with WiX 4 or later).
param(
    [switch]$SkipBuild,
    [string]$BuildDir = ""
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$project = (Get-Location).Path
if ($BuildDir -eq "") { $BuildDir = Join-Path $project 'target' }
$appFolder = Join-Path $BuildDir 'liaisondesk'
$out = Join-Path $BuildDir 'installer'
$work = Join-Path $out 'work'

function Invoke-Tool {
    param([string]$Tool, [string[]]$Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

foreach ($wixTool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $wixTool -ErrorAction SilentlyContinue)) {
        throw "$wixTool not found: install WiX Toolset 3.14 (https://github.com/wixtoolset/wix3/releases) and put its bin folder on PATH"
    }
}

if (-not $SkipBuild) {
    Invoke-Tool 'mvn' @('-B', '-q', 'package', '-Dmaven.test.skip=true', "-DbuildDir=$BuildDir")
}
$jar = Join-Path $appFolder 'liaisondesk.jar'
if (-not (Test-Path $jar)) { throw "no $jar: run mvn package first" }

# The pom's version from the jar's manifest; an .msi takes only numbers (0.1.0-SNAPSHOT -> 0.1.0).
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
} finally {
    $zip.Dispose()
}
$version = ([regex]::Match($manifest, '(?m)^Implementation-Version: *(\S+)')).Groups[1].Value
if ($version -eq "") { throw "the jar's manifest has no Implementation-Version" }
$packageVersion = $version.Split('-')[0]

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
$inputDir = Join-Path $work 'input'
New-Item -ItemType Directory -Force -Path $inputDir | Out-Null
Copy-Item $jar $inputDir
Copy-Item -Recurse (Join-Path $appFolder 'lib') $inputDir
Invoke-Tool 'java' @('installer\icons\IconGenerator.java', 'splash', (Join-Path $inputDir 'splash.png'), $version)

Write-Host '== jdeps: modules the jar and its libraries use'
$jdepsOutput = & jdeps --print-module-deps --ignore-missing-deps --multi-release 17 `
        --class-path (Join-Path $appFolder 'lib\*') $jar
if ($LASTEXITCODE -ne 0) { throw "jdeps failed" }
$jdepsModules = ($jdepsOutput | Select-Object -Last 1).Trim().Split(',')
$modules = Get-Content 'installer\runtime-modules.txt' | Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }
foreach ($m in $jdepsModules) {
    if ($modules -notcontains $m) { throw "jdeps reports $m, which installer\runtime-modules.txt lacks" }
}

Write-Host "== jlink: runtime with $($modules -join ',')"
$runtime = Join-Path $work 'runtime'
Invoke-Tool 'jlink' @('--add-modules', ($modules -join ','), '--include-locales=zh-*,en',
    '--strip-debug', '--no-header-files', '--no-man-pages', '--generate-cds-archive', '--output', $runtime)

Write-Host '== jpackage: app-image'
Invoke-Tool 'jpackage' @('--type', 'app-image', '@installer\jpackage-common.txt', '@installer\jpackage-launcher.txt',
    '--add-launcher', 'LiaisonDesk-debug=installer\windows\debug.properties',
    '--app-version', $packageVersion, '--input', $inputDir, '--runtime-image', $runtime,
    '--icon', 'installer\icons\liaisondesk.ico', '--dest', $out)
$image = Join-Path $out 'LiaisonDesk'

# No AppCDS archive on Windows: JDK 17 accepts an application archive only with the exact class path it was made
# with, and a per-user install lives under each user's own %LOCALAPPDATA%, so no archive made here could match.
# (JDK 19+ can make it on the user's machine with -XX:+AutoCreateSharedArchive; see docs/decisions/0024.)

Write-Host '== jpackage: msi'
# Per-user installs default to %LOCALAPPDATA%\LiaisonDesk, which is the data folder: the program goes to
# %LOCALAPPDATA%\Programs\LiaisonDesk instead, so installing, upgrading and removing never touch the data.
Invoke-Tool 'jpackage' @('--type', 'msi', '@installer\jpackage-common.txt', '@installer\windows\jpackage-windows.txt',
    '--install-dir', 'Programs\LiaisonDesk', '--app-version', $packageVersion, '--app-image', $image, '--dest', $out)

Remove-Item -Recurse -Force $work
Write-Host '== done'
Get-ChildItem $out
